package dev.policysim.simulation.fix;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * A change to one file of a workspace.
 *
 * @param file the path relative to the workspace root
 * @param diff the change as a unified diff ({@code --- a/file}, {@code +++ b/file}), which
 * {@code git apply} takes in the workspace folder
 * @param text the whole patched file
 */
public record Patch(String file, String diff, String text) {

	public Patch {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(diff, "diff");
		Objects.requireNonNull(text, "text");
	}

	/**
	 * The patch that turns one text into another.
	 * @param file the path relative to the workspace root
	 * @param original the file's text; empty when the patch creates the file
	 * @param patched the new text
	 * @param created whether the file does not exist yet
	 * @return the patch
	 */
	public static Patch between(String file, String original, String patched, boolean created) {
		List<String> before = lines(original);
		List<String> after = lines(patched);
		List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(created ? "/dev/null" : "a/" + file, "b/" + file,
				before, DiffUtils.diff(before, after), 3);
		String text = String.join("\n", diff) + "\n";
		// A new file's hunk starts at line 0, as git writes it ("@@ -0,0 +1,N @@").
		return new Patch(file, created ? text.replaceFirst("\n@@ -1,0 ", "\n@@ -0,0 ") : text, patched);
	}

	private static List<String> lines(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
		return Arrays.asList(body.split("\r?\n", -1));
	}

}
