package dev.policysim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The training workspaces shipped in the jar under {@code sample-policies/}, each a folder in the
 * APIOps layout with a README.md. Read from the classpath, so they are there however the app runs.
 */
@Component
class SampleCatalogue {

	private final String root;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	SampleCatalogue(@Value("${policysim.samples.root:sample-policies}") String root) {
		this.root = root;
	}

	/** The samples in name order; empty when the jar holds none. */
	List<Sample> list() {
		List<Sample> samples = new ArrayList<>();
		for (Map.Entry<String, Map<String, byte[]>> sample : readAll().entrySet()) {
			byte[] readme = sample.getValue().get("README.md");
			samples.add(describe(sample.getKey(), (readme != null) ? new String(readme, StandardCharsets.UTF_8) : ""));
		}
		return samples;
	}

	/**
	 * The files of one sample.
	 * @param name the sample's folder name
	 * @return the files, or empty when there is no such sample
	 */
	Optional<WorkspaceFiles> files(String name) {
		return Optional.ofNullable(readAll().get(name)).map(WorkspaceFiles::of);
	}

	static Sample describe(String name, String readme) {
		String title = name;
		StringBuilder summary = new StringBuilder();
		boolean afterTitle = false;
		for (String line : readme.lines().toList()) {
			if (!afterTitle && line.startsWith("# ")) {
				title = line.substring(2).strip();
				afterTitle = true;
			}
			else if (afterTitle && line.isBlank() && summary.length() > 0) {
				break;
			}
			else if (afterTitle && !line.isBlank()) {
				summary.append(summary.length() > 0 ? " " : "").append(line.strip());
			}
		}
		return new Sample(name, title, summary.toString());
	}

	private Map<String, Map<String, byte[]>> readAll() {
		Map<String, Map<String, byte[]>> samples = new TreeMap<>();
		String marker = this.root + "/";
		try {
			for (Resource resource : this.resolver.getResources("classpath*:" + marker + "**/*")) {
				String url = resource.getURL().toString();
				int at = url.lastIndexOf(marker);
				String relative = (at < 0) ? "" : url.substring(at + marker.length());
				relative = java.net.URLDecoder.decode(relative, StandardCharsets.UTF_8);
				int slash = relative.indexOf('/');
				if (!resource.isReadable() || slash <= 0 || relative.endsWith("/")) {
					continue;
				}
				String path = relative.substring(slash + 1);
				samples.computeIfAbsent(relative.substring(0, slash), (key) -> new TreeMap<>())
					.put(path, resource.getContentAsByteArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The samples in the jar cannot be read", ex);
		}
		return samples;
	}

}
