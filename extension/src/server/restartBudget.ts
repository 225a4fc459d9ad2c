// How often a crashed server is started again: at most `maxRestarts` times within `windowMs`, so a server
// that dies at start does not loop, and one that crashes once a day is always brought back.

export class RestartBudget {
  private crashes: number[] = [];

  constructor(
    readonly maxRestarts: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash; true when the server may be restarted for it. */
  recordCrash(): boolean {
    const time = this.now();
    this.crashes = this.crashes.filter(crash => time - crash < this.windowMs);
    this.crashes.push(time);
    return this.crashes.length <= this.maxRestarts;
  }

  /** Crashes counted in the current window, this one included. */
  get recentCrashes(): number {
    return this.crashes.length;
  }

  /** A start the user asked for begins with a full budget. */
  reset(): void {
    this.crashes = [];
  }
}
