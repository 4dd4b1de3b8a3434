/**
 * One conversation with a printer at a time. Raw-port printers serve one connection at once, so a
 * status check and a job must not overlap; tasks on a lane run one after another in order.
 */
export class Lane {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** True while a task runs or waits. */
  get busy(): boolean {
    return this.waiting > 0;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(task);
    const settle = (): void => {
      this.waiting -= 1;
    };
    this.tail = result.then(settle, settle);
    return result;
  }
}
