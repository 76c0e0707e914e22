import { redirect } from 'next/navigation';

export default async function DepartmentIndex({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  redirect(`/dashboard/${dept}/webhooks`);
}
