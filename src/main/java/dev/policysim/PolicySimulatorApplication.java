package dev.policysim;

import dev.policysim.cli.PolicySimCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one entry point: a subcommand ({@code lint}, {@code effective}, {@code simulate},
 * {@code explain}) runs the domain core directly and exits; anything else starts the web app.
 *
 * <p>Keeping both behind one main class lets a pipeline and a server share one jar, while the
 * command line never pays for starting Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicySimulatorApplication {

	/** SLF4J 2's system property naming the logging backend to use instead of discovering one. */
	private static final String SLF4J_PROVIDER = "slf4j.provider";

	public static void main(String[] args) {
		if (PolicySimCommand.handles(args)) {
			// Libraries the command line uses (swagger-parser) log through SLF4J; without this the
			// first logger would find logback and configure it, a good part of a lint's start-up,
			// for messages the command reports itself or does not need.
			if (System.getProperty(SLF4J_PROVIDER) == null) {
				System.setProperty(SLF4J_PROVIDER, "org.slf4j.helpers.NOP_SLF4JServiceProvider");
			}
			System.exit(PolicySimCommand.execute(args));
		}
		SpringApplication.run(PolicySimulatorApplication.class, args);
	}

}
