package dev.policysim.effective;

import java.util.List;
import java.util.Objects;

/**
 * A context that names an API, operation or product the workspace does not have, or a product
 * that does not contain the API. The message lists the valid names, so a person can fix the
 * request at once.
 */
public class UnknownNameException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Kind kind;

	private final String name;

	private final transient List<String> validNames;

	/**
	 * Creates the exception.
	 * @param kind what the name should have named
	 * @param name the name as given
	 * @param validNames the names that would have been accepted, in workspace order
	 * @param message the whole message, naming the valid names
	 */
	public UnknownNameException(Kind kind, String name, List<String> validNames, String message) {
		super(message);
		this.kind = Objects.requireNonNull(kind, "kind");
		this.name = Objects.requireNonNull(name, "name");
		this.validNames = List.copyOf(validNames);
	}

	/** What the name should have named. */
	public Kind kind() {
		return this.kind;
	}

	/** The name as given. */
	public String name() {
		return this.name;
	}

	/**
	 * The names that would have been accepted.
	 * @return the valid names in workspace order; empty when there are none at all
	 */
	public List<String> validNames() {
		return this.validNames;
	}

	/** The kinds of names a context holds. */
	public enum Kind {

		API, OPERATION, PRODUCT

	}

}
