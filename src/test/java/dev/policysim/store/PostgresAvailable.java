package dev.policysim.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when a PostgreSQL server answers at {@link #url()}. On a developer's
 * machine without one the class is skipped with a message saying how to run it; on CI
 * ({@code CI=true}, where {@code .ci/run} starts Debian's server) a missing server fails the build.
 */
final class PostgresAvailable implements ExecutionCondition {

	static String url() {
		return env("POLICYSIM_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/policysim_test");
	}

	static String user() {
		return env("POLICYSIM_TEST_POSTGRES_USER", "policysim");
	}

	static String password() {
		return env("POLICYSIM_TEST_POSTGRES_PASSWORD", "policysim");
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
			return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url());
		}
		catch (SQLException ex) {
			String message = "No PostgreSQL at " + url() + " (" + ex.getMessage() + "). Start one (see README, "
					+ "'PostgreSQL') or set POLICYSIM_TEST_POSTGRES_URL to run the PostgreSQL tests.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true but " + message, ex);
			}
			return ConditionEvaluationResult.disabled(message);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
