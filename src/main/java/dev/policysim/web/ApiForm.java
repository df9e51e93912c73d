package dev.policysim.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.policysim.workspace.KeyNames;

import org.jspecify.annotations.Nullable;

/**
 * An API's settings as the structure page creates or changes them.
 *
 * @param name the resource name, which names its folder
 * @param displayName the name the portal shows
 * @param path the URL path after the gateway host
 * @param subscriptionRequired whether calls need a key
 * @param headerName the header the key travels in
 * @param queryName the query parameter the key travels in
 */
record ApiForm(@NotBlank(message = "Give the API a name.")
		@Pattern(regexp = StructureNames.PATTERN, message = StructureNames.MESSAGE) @Nullable String name,
		@Size(max = 200, message = "Keep the display name to 200 characters.") @Nullable String displayName,
		@Size(max = 400, message = "Keep the path to 400 characters.")
		@Pattern(regexp = "[A-Za-z0-9._~/{}-]*", message = "A path holds letters, digits and . _ ~ / { } - only.") @Nullable String path,
		@Nullable Boolean subscriptionRequired,
		@Pattern(regexp = "[!#$%&'*+.^_`|~0-9A-Za-z-]{0,100}", message = "A header name holds letters, digits and - only.") @Nullable String headerName,
		@Pattern(regexp = "[A-Za-z0-9._~-]{0,100}", message = "A query parameter name holds letters, digits and . _ ~ - only.") @Nullable String queryName) {

	String nameValue() {
		return (this.name == null) ? "" : this.name;
	}

	String displayNameOr(String fallback) {
		return (this.displayName == null || this.displayName.isBlank()) ? fallback : this.displayName.strip();
	}

	String pathValue() {
		String value = (this.path == null) ? "" : this.path.strip();
		while (value.startsWith("/")) {
			value = value.substring(1);
		}
		return value;
	}

	String headerOrDefault() {
		return (this.headerName == null || this.headerName.isBlank()) ? KeyNames.DEFAULT_HEADER : this.headerName;
	}

	String queryOrDefault() {
		return (this.queryName == null || this.queryName.isBlank()) ? KeyNames.DEFAULT_QUERY : this.queryName;
	}

	/** Whether the box was ticked; an unticked checkbox sends nothing. */
	boolean requiresSubscription() {
		return Boolean.TRUE.equals(this.subscriptionRequired);
	}

}
