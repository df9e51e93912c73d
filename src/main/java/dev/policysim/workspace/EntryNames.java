package dev.policysim.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the names of zip entries and folder files into safe workspace paths: relative, with
 * {@code /} separators, and never outside the workspace root ("zip slip").
 */
final class EntryNames {

	/** Top-level folders of the APIOps layout; a zip whose one top folder is one of these is not a zip of a folder. */
	private static final Set<String> LAYOUT_FOLDERS = Set.of("apis", "products", "policy fragments", "named values",
			"subscriptions", "workspaces", "backends", "version sets", "tags", "loggers", "diagnostics", "gateways",
			"groups", "identity providers", "authorization servers", "schemas");

	private EntryNames() {
	}

	/**
	 * The workspace path of an entry name.
	 * @param raw the name as the zip or file system gives it; {@code \} counts as a separator, as
	 * Windows tools write it and as Windows would unpack it
	 * @return the normalised relative path, e.g. {@code apis/orders/policy.xml}
	 * @throws WorkspaceInputException when the name is absolute, names a drive, escapes the root
	 * with {@code ..}, or holds control characters
	 */
	static String normalise(String raw) throws WorkspaceInputException {
		String name = raw.replace('\\', '/');
		for (int i = 0; i < name.length(); i++) {
			if (Character.isISOControl(name.charAt(i))) {
				throw refused(raw, "its name holds a control character");
			}
		}
		if (name.startsWith("/")) {
			throw refused(raw, "it is an absolute path");
		}
		if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
			throw refused(raw, "it names a drive");
		}
		Deque<String> segments = new ArrayDeque<>();
		for (String segment : name.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				if (segments.isEmpty()) {
					throw refused(raw, "it points outside the workspace folder");
				}
				segments.removeLast();
				continue;
			}
			segments.addLast(segment);
		}
		return String.join("/", segments);
	}

	private static WorkspaceInputException refused(String raw, String reason) {
		return new WorkspaceInputException("The entry \"" + printable(raw) + "\" is refused because " + reason + ".");
	}

	private static String printable(String raw) {
		StringBuilder text = new StringBuilder(raw.length());
		raw.codePoints().forEach((c) -> text.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
		return text.toString();
	}

	/**
	 * Whether a path is operating-system clutter rather than workspace content: macOS resource
	 * forks ({@code __MACOSX/}), Finder files ({@code .DS_Store}) and hidden folders such as
	 * {@code .git/}, which would otherwise eat the entry limit.
	 * @param path a normalised path
	 * @return {@code true} to skip it
	 */
	static boolean isClutter(String path) {
		String[] segments = path.split("/");
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			boolean folder = i < segments.length - 1;
			if (segment.equals("__MACOSX") || segment.equals(".DS_Store") || (folder && segment.startsWith("."))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Removes the one folder that holds everything when a zip was made of the workspace folder
	 * itself ({@code contoso-apim/apis/...}), so both ways of zipping load the same.
	 * @param files the files by path
	 * @return the files with the common top folder removed; the same content when there is none
	 */
	static Map<String, byte[]> stripTopFolder(Map<String, byte[]> files) {
		String top = null;
		for (String path : files.keySet()) {
			int slash = path.indexOf('/');
			if (slash < 0) {
				return files;
			}
			String first = path.substring(0, slash);
			if (top != null && !top.equals(first)) {
				return files;
			}
			top = first;
		}
		if (top == null || LAYOUT_FOLDERS.contains(top.toLowerCase(Locale.ROOT))) {
			return files;
		}
		Map<String, byte[]> stripped = new TreeMap<>();
		int cut = top.length() + 1;
		files.forEach((path, bytes) -> stripped.put(path.substring(cut), bytes));
		return stripped;
	}

}
