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
public class SampleCatalogue {

	private final String root;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	public SampleCatalogue(@Value("${policysim.samples.root:sample-policies}") String root) {
		this.root = root;
	}

	/** The samples in name order; empty when the jar holds none. */
	public List<Sample> list() {
		List<Sample> samples = new ArrayList<>();
		for (Map.Entry<String, Map<String, byte[]>> sample : readAll().entrySet()) {
			byte[] readme = sample.getValue().get("README.md");
			samples.add(describe(sample.getKey(), (readme != null) ? new String(readme, StandardCharsets.UTF_8) : ""));
		}
		return samples;
	}

	/**
	 * One sample.
	 * @param name the sample's folder name
	 * @return the sample, or empty when there is no such sample
	 */
	public Optional<Sample> find(String name) {
		return list().stream().filter((sample) -> sample.name().equals(name)).findFirst();
	}

	/**
	 * The one-line lesson of each sample, from the table of the samples' own README.md
	 * ({@code | `folder` | title | lesson |}, the first table), for a gallery that needs less than the story.
	 * @return the lesson by folder name; empty when the README has no such table
	 */
	public Map<String, String> lessons() {
		Map<String, String> lessons = new TreeMap<>();
		Resource readme = this.resolver.getResource("classpath:" + this.root + "/README.md");
		if (!readme.isReadable()) {
			return lessons;
		}
		try {
			for (String line : readme.getContentAsString(StandardCharsets.UTF_8).lines().toList()) {
				String[] cells = line.split("\\|", -1);
				if (cells.length == 5 && cells[1].strip().matches("`[^`]+`")) {
					lessons.putIfAbsent(cells[1].strip().replace("`", ""), cells[3].strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The samples' README in the jar cannot be read", ex);
		}
		return lessons;
	}

	/**
	 * The files of one sample.
	 * @param name the sample's folder name
	 * @return the files, or empty when there is no such sample
	 */
	public Optional<WorkspaceFiles> files(String name) {
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
