package dev.policysim.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * The messages of a form's validation, by field, so a template shows each next to its field.
 *
 * @param byField the messages of each field, in the order they were found
 */
public record FormErrors(Map<String, List<String>> byField) {

	public static final FormErrors NONE = new FormErrors(Map.of());

	public FormErrors {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		byField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
		byField = Map.copyOf(copy);
	}

	public static FormErrors of(BindingResult result) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		result.getFieldErrors()
			.forEach((error) -> byField.computeIfAbsent(error.getField(), (field) -> new ArrayList<>())
				.add(String.valueOf(error.getDefaultMessage())));
		return new FormErrors(byField);
	}

	public static FormErrors of(String field, String message) {
		return new FormErrors(Map.of(field, List.of(message)));
	}

	/** The messages of one field; empty when it is fine. */
	public List<String> of(String field) {
		return this.byField.getOrDefault(field, List.of());
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public boolean any() {
		return !this.byField.isEmpty();
	}

}
