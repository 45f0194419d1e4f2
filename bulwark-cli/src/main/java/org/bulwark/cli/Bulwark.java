package org.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulwark} command: entry point and the subcommand list. */
@Command(
        name = "bulwark",
        mixinStandardHelpOptions = true,
        versionProvider = Bulwark.Version.class,
        description = {
            "Open workbench for regional defence planning, built on public data only.",
            "SCENARIO arguments take a scenario folder or the name of a bundled scenario (eastern-flank-2023)."
        },
        subcommands = {
            PlanCommand.class,
            ValidateCommand.class,
            ShowCommand.class,
            InitCommand.class,
            DeployCommand.class,
            AssessCommand.class,
            RequireCommand.class,
            CompareCommand.class,
            TargetsCommand.class,
            EngagementCommand.class,
            GenerateCommand.class,
            SourcesCommand.class,
            SpendingCommand.class,
            BenchCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 done, 2 invalid input (the message says what to change), 1 internal fault (please report)."})
public final class Bulwark implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code; used by tests too. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        if (args.length > 0 && !args[0].startsWith("-") && !cli.getSubcommands().containsKey(args[0])) {
            err.println("bulwark: unknown command '" + args[0] + "'.");
            org.bulwark.scenario.Suggestions.closest(args[0], cli.getSubcommands().keySet())
                    .ifPresent(name -> err.println("    Maybe you meant '" + name + "'?"));
            err.println("Try 'bulwark --help' for the commands.");
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable t) { // last resort: errors picocli does not catch (stack overflow, out of memory, ...)
            code = lastResort(t, err);
        } finally {
            OutputFolder.releaseAll();
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One clear line (and a hint) for any throwable that reached the top, never a stack trace unless asked. */
    static int lastResort(Throwable t, PrintWriter err) {
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof VirtualMachineError) {
                root = c;
            }
        }
        if (root instanceof OutOfMemoryError) {
            long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            err.println("bulwark: out of memory (the Java heap is " + max + " MB): the scenario is too large for it.");
            err.println("Give Java more memory, e.g. BULWARK_JAVA_OPTS=-Xmx8g ./bulwark ..., or reduce the scenario "
                    + "(units, nodes, horizon_days, --runs).");
        } else if (root instanceof StackOverflowError) {
            err.println("bulwark: a structure in the input is nested too deeply to process (stack overflow).");
            err.println("Check the YAML files for deep nesting or self-referencing anchors; if the input is ordinary, "
                    + "please report it with the command you ran.");
        } else {
            return internalError(root, err);
        }
        if (System.getenv("BULWARK_DEBUG") != null) {
            t.printStackTrace(err);
        }
        return ExitCode.INTERNAL;
    }

    /** A fault in Bulwark: one line, who to tell, and the stack trace only when asked for. */
    private static int internalError(Throwable t, PrintWriter err) {
        err.println("bulwark: internal error: " + t);
        err.println("This is a fault in Bulwark, not in your input. Please report it with the command you ran.");
        if (System.getenv("BULWARK_DEBUG") != null) {
            t.printStackTrace(err);
        } else {
            err.println("Set BULWARK_DEBUG=1 to print the stack trace.");
        }
        return ExitCode.INTERNAL;
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Bulwark());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        cli.setParameterExceptionHandler(Bulwark::onBadArguments);
        cli.setExecutionExceptionHandler(Bulwark::onInternalFault);
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
        return cli;
    }

    private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("bulwark: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        return ExitCode.INVALID_INPUT;
    }

    private static int onInternalFault(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (e instanceof UserError userError) {
            cmd.getErr().println("bulwark: " + userError.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        PrintWriter err = cmd.getErr();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof VirtualMachineError) { // e.g. out of memory in a worker thread
                return lastResort(c, err);
            }
        }
        return internalError(e, err);
    }

    /** Reads the version Maven filtered into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Bulwark.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "bulwark " + properties.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
