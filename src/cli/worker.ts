/** The piscina worker: one task in, one plain result out (see task.ts). Options arrive once, as workerData. */
import { workerData } from 'node:worker_threads';
import { runTask, type Task, type TaskOptions, type TaskResult } from './task.js';

const options = (workerData as { options: TaskOptions }).options;

export default function summariseTask(task: Task): Promise<TaskResult> {
  return runTask(task, options);
}
