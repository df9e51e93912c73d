package dev.policysim.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A product as the structure page creates it.
 *
 * @param name the resource name, which names its folder
 * @param displayName the name the portal shows; the resource name when blank
 * @param subscriptionRequired whether calls need a key ({@code false} makes an "open" product)
 * @param state {@code published} or {@code notPublished}
 */
record ProductForm(@NotBlank(message = "Give the product a name.")
		@Pattern(regexp = StructureNames.PATTERN, message = StructureNames.MESSAGE) @Nullable String name,
		@Size(max = 200, message = "Keep the display name to 200 characters.") @Nullable String displayName,
		@Nullable Boolean subscriptionRequired,
		@Pattern(regexp = "published|notPublished", message = "Choose published or not published.") @Nullable String state) {

	String displayNameOr(String fallback) {
		return (this.displayName == null || this.displayName.isBlank()) ? fallback : this.displayName.strip();
	}

	String stateValue() {
		return (this.state == null) ? "published" : this.state;
	}

	/** Whether the box was ticked; an unticked checkbox sends nothing. */
	boolean requiresSubscription() {
		return Boolean.TRUE.equals(this.subscriptionRequired);
	}

}
