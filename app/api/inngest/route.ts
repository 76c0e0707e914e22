import { serve } from 'inngest/next';
import { inngest } from '@/inngest/client';
import { functions } from '@/inngest/functions';

// The Inngest engine's entry point; Inngest Cloud or a self-hosted `inngest start` calls it.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
