package dev.policysim.web.api;

import dev.policysim.store.Permalinks;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's heading at {@code /v3/api-docs}; springdoc builds the paths from the
 * controllers' annotations ({@code springdoc.paths-to-match=/api/**} keeps the pages out).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI policySimulatorApi(Permalinks permalinks) {
		return new OpenAPI().info(new Info().title("APIM Policy Simulator API")
			.version(permalinks.appVersion())
			.description("Lint, flatten and simulate Azure API Management policies the way a browser meets them "
					+ "(formats.md §7). Stateless: no session, no cookie, no CSRF token; call it with plain curl. "
					+ "Every error is an RFC 9457 problem (application/problem+json) whose type is "
					+ "urn:policysim:problem:<name>.")
			.license(new License().name("see the project")));
	}

}
