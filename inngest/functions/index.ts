import { deliverWebhook } from './deliver-webhook';
import { fanOutLead } from './fan-out-lead';
import { purgeExpiredData } from './purge-expired-data';
import { scanFailureAlerts } from './scan-failure-alerts';
import { sweepDeliveries } from './sweep-deliveries';

export const functions = [fanOutLead, deliverWebhook, sweepDeliveries, purgeExpiredData, scanFailureAlerts];
