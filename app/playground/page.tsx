import type { Metadata } from 'next';
import { ComingSoon } from '@/components/site/ComingSoon';

export const metadata: Metadata = { title: 'Scaling playground', description: 'Watch an Amazon ECS service scale: alarms, policies, cooldowns, capacity and cost.' };

export default function PlaygroundPage() {
  return <ComingSoon title="Scaling playground" what="Watch an Amazon ECS service scale in your browser: alarms collecting datapoints, policies changing the desired count, tasks starting and the bill growing. It is being built now." />;
}
