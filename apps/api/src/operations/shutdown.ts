// On SIGTERM (or SIGINT) the process stops taking work, lets what it has started finish, then
// exits; if that takes longer than `graceMs` it exits anyway (the requests' own deadline and
// BullMQ's retries cover what was cut short). A second signal changes nothing.
export function drainOnTerminate(
  stop: () => Promise<void>,
  options: { readonly graceMs: number; readonly log: { log(message: string): void; warn(message: string): void } },
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    options.log.log(`${signal}: draining (at most ${Math.round(options.graceMs / 1000)} s)`);
    setTimeout(() => {
      options.log.warn(`Not drained after ${Math.round(options.graceMs / 1000)} s: exiting`);
      process.exit(1);
    }, options.graceMs).unref();
    stop().then(
      () => {
        options.log.log('Drained: exiting');
        process.exit(0);
      },
      (error: unknown) => {
        options.log.warn(`Draining failed (${error instanceof Error ? error.name : 'unknown error'}): exiting`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
