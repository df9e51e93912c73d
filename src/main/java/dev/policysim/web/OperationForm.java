package dev.policysim.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An operation as the structure page adds it to an API's specification.
 *
 * @param name the operationId, which names its policy folder
 * @param method the HTTP method
 * @param urlTemplate the URL template relative to the API path, e.g. {@code /orders/{id}}
 */
record OperationForm(@NotBlank(message = "Give the operation a name.")
		@Pattern(regexp = StructureNames.PATTERN, message = StructureNames.MESSAGE) @Nullable String name,
		@NotBlank(message = "Choose a method.")
		@Pattern(regexp = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE", message = "Choose a method.") @Nullable String method,
		@NotBlank(message = "Give a URL template such as /orders/{id}.")
		@Pattern(regexp = "/[A-Za-z0-9._~/{}=&?%-]*", message = "A URL template starts with / and holds no spaces.") @Nullable String urlTemplate) {

}
