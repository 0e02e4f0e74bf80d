using Q.Cli;

return await Cli.RunAsync(args, CliConsole.System);
