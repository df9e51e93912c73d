package dev.policysim.simulation.fix;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.Position;
import dev.policysim.workspace.WorkspaceFiles;

/**
 * The mechanical fixes the simulator suggests, each made on the original text of the files it
 * touches: move an element or {@code <base/>} to the top of its section, add {@code <base/>}, add
 * an origin, method or header to a cors element, set an attribute, replace {@code *} with named
 * origins, add or move a cors block. A fix that cannot be made on the text (the file is missing
 * or no element starts where the reader said) is no patch at all rather than a wrong one.
 */
public final class PolicyFixes {

	private final WorkspaceFiles files;

	/**
	 * Fixes on one workspace's files.
	 * @param files the files whose text the patches edit
	 */
	public PolicyFixes(WorkspaceFiles files) {
		this.files = files;
	}

	/**
	 * Moves an element to just before another one in the same file.
	 * @param file the file
	 * @param moved where the element to move starts
	 * @param anchor where the element it must precede starts
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> moveBefore(String file, Position moved, Position anchor) {
		return edit(file, (edits) -> {
			String block = edits.extract(moved);
			edits.delete(moved);
			edits.insertBefore(anchor, block);
		});
	}

	/**
	 * Puts an element first in its section: before the section's first child.
	 * @param file the file
	 * @param moved where the element starts
	 * @param firstChild where the section's first child starts
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> moveFirst(String file, Position moved, Position firstChild) {
		if (moved.equals(firstChild)) {
			return List.of();
		}
		return moveBefore(file, moved, firstChild);
	}

	/**
	 * Adds {@code <base />} as the first element of a section.
	 * @param file the file
	 * @param section the section element
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> addBaseFirst(String file, PolicyElement section) {
		return edit(file, (edits) -> insertFirst(edits, section, "<base />"));
	}

	/**
	 * Adds a child to one of a cors element's lists ({@code allowed-origins},
	 * {@code allowed-methods}, {@code allowed-headers}, {@code expose-headers}), creating the list
	 * when the element has none.
	 * @param file the file
	 * @param cors the cors element
	 * @param list the list's element name
	 * @param item the item's element name ({@code origin}, {@code method}, {@code header})
	 * @param values the values to add, in order
	 * @param defaults what a new list holds before the values (the GET and POST an absent
	 * {@code allowed-methods} stands for)
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> addToList(String file, PolicyElement cors, String list, String item, List<String> values,
			List<String> defaults) {
		return edit(file, (edits) -> addToList(edits, cors, list, item, values, defaults));
	}

	static void addToList(PolicyEdits edits, PolicyElement cors, String list, String item, List<String> values,
			List<String> defaults) {
		Optional<PolicyElement> existing = cors.element(list);
		if (existing.isPresent()) {
			List<PolicyElement> items = existing.get().elements(item);
			if (items.isEmpty()) {
				values.forEach((value) -> edits.appendChild(existing.get().position(), element(item, value)));
			}
			else {
				Position last = items.get(items.size() - 1).position();
				StringBuilder block = new StringBuilder();
				for (String value : values) {
					block.append(block.length() == 0 ? "" : "\n").append(element(item, value));
				}
				edits.insertAfter(last, block.toString());
			}
			return;
		}
		StringBuilder block = new StringBuilder("<" + list + ">");
		for (String value : defaults) {
			block.append('\n').append(edits.unit()).append(element(item, value));
		}
		for (String value : values) {
			block.append('\n').append(edits.unit()).append(element(item, value));
		}
		block.append("\n</").append(list).append('>');
		edits.appendChild(cors.position(), block.toString());
	}

	/**
	 * Sets an attribute of an element.
	 * @param file the file
	 * @param element where the element starts
	 * @param name the attribute
	 * @param value its new value
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> setAttribute(String file, Position element, String name, String value) {
		return edit(file, (edits) -> edits.setAttribute(element, name, value));
	}

	/**
	 * Replaces an element by elements of the same kind, one per value: {@code <origin>*</origin>}
	 * by the origins to trust.
	 * @param file the file
	 * @param replaced where the element starts
	 * @param item the element name
	 * @param values the values, at least one
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> replaceWith(String file, Position replaced, String item, List<String> values) {
		if (values.isEmpty()) {
			return List.of();
		}
		StringBuilder block = new StringBuilder();
		for (String value : values) {
			block.append(block.length() == 0 ? "" : "\n").append(element(item, value));
		}
		return edit(file, (edits) -> edits.replace(replaced, block.toString()));
	}

	/**
	 * Removes an element.
	 * @param file the file
	 * @param element where the element starts
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> delete(String file, Position element) {
		return edit(file, (edits) -> edits.delete(element));
	}

	/**
	 * Puts a block right after a section's {@code <base />} (or first, when the section has none):
	 * where a new cors belongs in an API's inbound.
	 * @param file the file
	 * @param section the section element
	 * @param block the block, continuation lines relative to its first, indented by two spaces
	 * per level
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> insertAfterBase(String file, PolicyElement section, String block) {
		return edit(file, (edits) -> insertAfterBase(edits, section, block));
	}

	static void insertAfterBase(PolicyEdits edits, PolicyElement section, String block) {
		String adapted = block.replace("  ", edits.unit());
		Optional<PolicyElement> base = section.elements().stream().filter(PolicyElement::isBase).findFirst();
		if (base.isPresent()) {
			edits.insertAfter(base.get().position(), adapted);
		}
		else {
			insertFirst(edits, section, adapted);
		}
	}

	/**
	 * Adds an inbound section holding {@code <base />} and a block to a document that has none.
	 * @param file the file
	 * @param root the {@code <policies>} element
	 * @param block the block, indented by two spaces per level
	 * @return the patch; empty when it cannot be made
	 */
	public List<Patch> addInbound(String file, PolicyElement root, String block) {
		return edit(file, (edits) -> {
			String unit = edits.unit();
			String inbound = "<inbound>\n" + unit + "<base />\n" + unit + PolicyEdits.indent(block.replace("  ", unit), unit)
					+ "\n</inbound>";
			insertFirst(edits, root, inbound);
		});
	}

	/**
	 * Moves a block out of one file into a section of another, right after that section's
	 * {@code <base />}.
	 * @param from the file the element leaves
	 * @param moved where it starts
	 * @param to the file it goes to
	 * @param section the section it goes to
	 * @return the two patches; empty when either cannot be made
	 */
	public List<Patch> moveToFile(String from, Position moved, String to, PolicyElement section) {
		Optional<String> source = this.files.text(from);
		if (source.isEmpty()) {
			return List.of();
		}
		String block;
		try {
			block = PolicyEdits.of(from, source.get()).extract(moved);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
		List<Patch> removed = delete(from, moved);
		List<Patch> added = edit(to, (edits) -> {
			Optional<PolicyElement> base = section.elements().stream().filter(PolicyElement::isBase).findFirst();
			if (base.isPresent()) {
				edits.insertAfter(base.get().position(), block);
			}
			else {
				insertFirst(edits, section, block);
			}
		});
		return (removed.isEmpty() || added.isEmpty()) ? List.of() : List.of(removed.get(0), added.get(0));
	}

	/**
	 * A new policy file.
	 * @param file the path
	 * @param text its text
	 * @return the patch creating it
	 */
	public List<Patch> create(String file, String text) {
		return List.of(PolicyEdits.create(file, text));
	}

	/**
	 * Several edits to one file, made together.
	 * @param file the file
	 * @param changes the edits
	 * @return the patch; empty when it cannot be made
	 */
	private List<Patch> edit(String file, Consumer<PolicyEdits> changes) {
		Optional<String> text = this.files.text(file);
		if (text.isEmpty()) {
			return List.of();
		}
		PolicyEdits edits = PolicyEdits.of(file, text.get());
		try {
			changes.accept(edits);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return List.of();
		}
		return edits.isEmpty() ? List.of() : List.of(edits.patch());
	}

	private static void insertFirst(PolicyEdits edits, PolicyElement parent, String block) {
		List<PolicyElement> children = parent.elements();
		if (children.isEmpty()) {
			edits.appendChild(parent.position(), block);
		}
		else {
			edits.insertBefore(children.get(0).position(), block);
		}
	}

	private static String element(String name, String value) {
		return "<" + name + ">" + value.replace("&", "&amp;").replace("<", "&lt;") + "</" + name + ">";
	}

}
