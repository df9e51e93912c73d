package dev.policysim.simulation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import dev.policysim.workspace.WorkspaceFiles;

/** The "## Fix" diff of a sample's README, applied to the sample's files. */
public final class ReadmeFix {

	private ReadmeFix() {
	}

	/**
	 * The files the README's fix changes, as they read after it.
	 * @param readme the README
	 * @param files the sample's files
	 * @return the patched text by path; empty when the README gives no diff (the healthy reference)
	 */
	public static Map<String, String> apply(Path readme, WorkspaceFiles files) throws IOException {
		String diff = diff(Files.readAllLines(readme));
		Map<String, String> fixed = new LinkedHashMap<>();
		if (diff.isEmpty()) {
			return fixed;
		}
		UnifiedDiff parsed = UnifiedDiffReader
			.parseUnifiedDiff(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)));
		for (UnifiedDiffFile file : parsed.getFiles()) {
			String path = file.getToFile().startsWith("b/") ? file.getToFile().substring(2) : file.getToFile();
			List<String> lines = Arrays.asList(files.text(path).orElseThrow().split("\n", -1));
			List<String> body = new ArrayList<>(lines.subList(0, lines.size() - 1));
			try {
				fixed.put(path, String.join("\n", DiffUtils.patch(body, file.getPatch())) + "\n");
			}
			catch (PatchFailedException ex) {
				throw new IllegalStateException("the README's fix does not apply to " + path, ex);
			}
		}
		return fixed;
	}

	private static String diff(List<String> lines) {
		StringBuilder diff = new StringBuilder();
		boolean fix = false;
		boolean inBlock = false;
		for (String line : lines) {
			if (line.startsWith("## ")) {
				fix = line.equals("## Fix");
			}
			else if (fix && line.equals("```diff")) {
				inBlock = true;
			}
			else if (inBlock && line.equals("```")) {
				break;
			}
			else if (inBlock) {
				diff.append(line).append('\n');
			}
		}
		return diff.toString();
	}

}
