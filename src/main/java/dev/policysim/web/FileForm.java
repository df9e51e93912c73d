package dev.policysim.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A file saved from the editor.
 *
 * @param path the file's path in the workspace
 * @param content its new text
 * @param message what the user says about the change; a default is used when blank
 */
record FileForm(@NotBlank(message = "Name the file.") @Size(max = 500, message = "Keep paths to 500 characters.") @Nullable String path,
		@Size(max = 1048576, message = "A file may hold at most 1 MB of text.") @Nullable String content,
		@Size(max = 300, message = "Keep the message to 300 characters.") @Nullable String message) {

	String pathValue() {
		return (this.path == null) ? "" : this.path.strip();
	}

	String contentValue() {
		return (this.content == null) ? "" : this.content;
	}

	String messageOr(String fallback) {
		return (this.message == null || this.message.isBlank()) ? fallback : this.message.strip();
	}

}
