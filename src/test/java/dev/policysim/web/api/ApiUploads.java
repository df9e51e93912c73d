package dev.policysim.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.mock.web.MockMultipartFile;

/** Uploads for the API tests: a sample workspace zipped, its scenario, and broken or hostile zips. */
final class ApiUploads {

	static final int MAX_ZIP = 100_000;

	static final int MAX_ENTRIES = 20;

	static final int MAX_UNPACKED = 500_000;

	static final String SAMPLE = "03-rate-limit-before-cors";

	private ApiUploads() {
	}

	static WorkspaceFiles sampleFiles() {
		try {
			return WorkspaceReader.files(Path.of("sample-policies", SAMPLE), ArchiveLimits.DEFAULTS);
		}
		catch (WorkspaceInputException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static MockMultipartFile sampleWorkspace() {
		return workspace(sampleFiles().toZip());
	}

	static MockMultipartFile sampleScenario() {
		return scenario("scenario.json", sampleFiles().text("scenario.json").orElseThrow());
	}

	static MockMultipartFile workspace(byte[] zip) {
		return new MockMultipartFile("workspace", "workspace.zip", "application/zip", zip);
	}

	static MockMultipartFile scenario(String fileName, String text) {
		return new MockMultipartFile("scenario", fileName, "application/json", text.getBytes(StandardCharsets.UTF_8));
	}

	/** A zip whose entries are named and filled as given, names kept exactly (even {@code ../}). */
	static byte[] zip(String... namesAndTexts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndTexts.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
				zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A valid zip of {@code count} small files. */
	static byte[] manyEntries(int count) {
		String[] entries = new String[count * 2];
		for (int i = 0; i < count; i++) {
			entries[2 * i] = "fragments/f" + i + "/policy.xml";
			entries[2 * i + 1] = "<fragment/>";
		}
		return zip(entries);
	}

	/** A small zip that unpacks to more than the limit: a compression bomb in miniature. */
	static byte[] bomb() {
		return zip("policy.xml", "<policies>" + " ".repeat(MAX_UNPACKED + 1) + "</policies>");
	}

	/** A valid zip larger than the limit: incompressible bytes. */
	static byte[] oversized() {
		byte[] noise = new byte[MAX_ZIP + 10_000];
		new Random(7).nextBytes(noise);
		return zip("noise.bin", new String(noise, StandardCharsets.ISO_8859_1));
	}

}
