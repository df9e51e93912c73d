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

	public static void main(String[] args) {
		if (PolicySimCommand.handles(args)) {
			System.exit(PolicySimCommand.execute(args));
		}
		SpringApplication.run(PolicySimulatorApplication.class, args);
	}

}
