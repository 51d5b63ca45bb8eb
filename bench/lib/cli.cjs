// What the benchmark scripts share as commands: numeric options, and a main that exits with its
// outcome (0, or 1 after printing the error) once its own clean-up has run.
function numberArg(argv, name, fallback) {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(argv[i + 1]);
  if (!(value > 0)) throw new Error(`${name} takes a positive number`);
  return value;
}

function runMain(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

module.exports = { numberArg, runMain };
