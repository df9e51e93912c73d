package dev.policysim.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes of formats.md §6 and the handlers that turn bad input into one clear line on
 * stderr with code 2, instead of a stack trace.
 */
final class ExitCodes {

	/** Done, and nothing at or above the threshold; or every expectation met. */
	static final int OK = 0;

	/** Findings at or above the threshold; or an expectation not met. */
	static final int FINDINGS = 1;

	/** Unusable input or arguments. */
	static final int USAGE = 2;

	private ExitCodes() {
	}

	/** Bad input found while running a command: reported as one line, exit code 2. */
	static final class ExceptionHandler implements IExecutionExceptionHandler {

		@Override
		public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
			PrintWriter err = commandLine.getErr();
			if (ex instanceof UsageException) {
				err.println("error: " + ex.getMessage());
			}
			else {
				err.println("error: unexpected failure (" + ex.getClass().getSimpleName() + "): " + ex.getMessage());
			}
			return USAGE;
		}

	}

	/** Unknown options or missing arguments: the message and a hint, exit code 2. */
	static final class ParameterHandler implements IParameterExceptionHandler {

		@Override
		public int handleParseException(ParameterException ex, String[] args) {
			PrintWriter err = ex.getCommandLine().getErr();
			err.println("error: " + ex.getMessage());
			err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
			return USAGE;
		}

	}

}
