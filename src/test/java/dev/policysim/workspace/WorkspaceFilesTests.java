package dev.policysim.workspace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.policysim.workspace.TestWorkspaces.utf8;
import static dev.policysim.workspace.TestWorkspaces.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkspaceFilesTests {

	private static final ArchiveLimits SMALL = new ArchiveLimits(64 * 1024, 10, 256 * 1024);

	@Test
	void readsAZipWithSortedSlashSeparatedPaths() throws WorkspaceInputException {
		WorkspaceFiles files = WorkspaceFiles.fromZip(zip(Map.of("policy.xml", utf8("<policies/>"),
				"apis\\orders\\policy.xml", utf8("<policies/>"), "apis/orders/", new byte[0])), ArchiveLimits.DEFAULTS);
		assertThat(files.paths()).containsExactly("apis/orders/policy.xml", "policy.xml");
		assertThat(files.text("policy.xml")).contains("<policies/>");
		assertThat(files.content("missing.xml")).isEmpty();
		assertThat(files.folders("apis")).containsExactly("orders");
	}

	@Test
	void stripsTheTopFolderOfAZippedFolder() throws WorkspaceInputException {
		WorkspaceFiles files = WorkspaceFiles.fromZip(zip(Map.of("contoso/policy.xml", utf8("a"),
				"contoso/apis/orders/policy.xml", utf8("b"))), ArchiveLimits.DEFAULTS);
		assertThat(files.paths()).containsExactly("apis/orders/policy.xml", "policy.xml");
	}

	@Test
	void keepsALayoutFolderThatHoldsEverything() throws WorkspaceInputException {
		WorkspaceFiles files = WorkspaceFiles.fromZip(zip(Map.of("apis/orders/policy.xml", utf8("b"),
				"apis/pets/policy.xml", utf8("c"))), ArchiveLimits.DEFAULTS);
		assertThat(files.paths()).containsExactly("apis/orders/policy.xml", "apis/pets/policy.xml");
	}

	@Test
	void ignoresMacOsClutter() throws WorkspaceInputException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("contoso/policy.xml", utf8("a"));
		entries.put("contoso/.DS_Store", utf8("x"));
		entries.put("__MACOSX/contoso/._policy.xml", utf8("x"));
		entries.put("contoso/.git/config", utf8("x"));
		WorkspaceFiles files = WorkspaceFiles.fromZip(zip(entries), ArchiveLimits.DEFAULTS);
		assertThat(files.paths()).containsExactly("policy.xml");
	}

	@Test
	void decodesTextWithoutItsByteOrderMark() {
		WorkspaceFiles files = WorkspaceFiles.of(Map.of("a.json", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}' }));
		assertThat(files.text("a.json")).contains("{}");
	}

	@Test
	void isImmutable() {
		byte[] content = utf8("one");
		WorkspaceFiles files = WorkspaceFiles.of(Map.of("a.txt", content));
		content[0] = 'X';
		files.content("a.txt").orElseThrow()[0] = 'Y';
		WorkspaceFiles changed = files.with("b.txt", utf8("two")).without("a.txt");
		assertThat(files.text("a.txt")).contains("one");
		assertThat(files.paths()).containsExactly("a.txt");
		assertThat(changed.paths()).containsExactly("b.txt");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil.xml", "/etc/passwd" })
	void refusesPathsOutsideTheWorkspaceInMemoryToo(String path) {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkspaceFiles.of(Map.of(path, utf8("x"))))
			.withMessageContaining("is refused because");
	}

	@Test
	void exportsAZipThatReadsBackTheSameAndIsReproducible() throws WorkspaceInputException {
		WorkspaceFiles contoso = TestWorkspaces.contosoFiles();
		byte[] zip = contoso.toZip();
		WorkspaceFiles back = WorkspaceFiles.fromZip(zip, ArchiveLimits.DEFAULTS);
		assertThat(back.paths()).isEqualTo(contoso.paths());
		for (String path : contoso.paths()) {
			assertThat(back.content(path)).hasValueSatisfying(
					(bytes) -> assertThat(bytes).isEqualTo(contoso.content(path).orElseThrow()));
		}
		assertThat(contoso.toZip()).isEqualTo(zip);
	}

	@Test
	void readsAZipFromAStream() throws WorkspaceInputException {
		byte[] zip = zip(Map.of("policy.xml", utf8("a")));
		assertThat(WorkspaceFiles.fromZip(new ByteArrayInputStream(zip), ArchiveLimits.DEFAULTS).paths())
			.containsExactly("policy.xml");
	}

	@Test
	void refusesAZipLargerThanTheLimit() {
		byte[] random = new byte[100 * 1024];
		new Random(7).nextBytes(random);
		byte[] zip = zip(Map.of("big.bin", random));
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromZip(new ByteArrayInputStream(zip), SMALL))
			.withMessage("The zip is larger than 64 KB; the limit is 64 KB.");
		assertThatExceptionOfType(WorkspaceInputException.class).isThrownBy(() -> WorkspaceFiles.fromZip(zip, SMALL))
			.withMessage("The zip is larger than 64 KB; the limit is 64 KB.");
	}

	@Test
	void refusesAZipWithTooManyEntries() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 11; i++) {
			entries.put("named values/v" + i + "/namedValueInformation.json", utf8("{}"));
		}
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromZip(zip(entries), SMALL))
			.withMessage("The zip holds more than 10 entries; the limit is 10.");
	}

	@Test
	void stopsAZipBombWhileInflating() {
		// 10 MB of zeros deflate to about 10 KB: small enough to upload, far too large to unpack
		byte[] bomb = zipOfZeros(10 * 1024 * 1024, false);
		assertThat((long) bomb.length).isLessThan(SMALL.maxArchiveBytes());
		assertThatExceptionOfType(WorkspaceInputException.class).isThrownBy(() -> WorkspaceFiles.fromZip(bomb, SMALL))
			.withMessage("The zip unpacks to more than 256 KB; the limit is 256 KB.");
	}

	@Test
	void stopsAZipBombWhoseHeadersUnderstateItsSize() {
		byte[] bomb = zipOfZeros(2 * 1024 * 1024, true);
		assertThatExceptionOfType(WorkspaceInputException.class).isThrownBy(() -> WorkspaceFiles.fromZip(bomb, SMALL))
			.withMessage("The zip unpacks to more than 256 KB; the limit is 256 KB.");
	}

	/** A zip of one file of zeros; when asked to lie, its central directory claims 100 bytes. */
	private static byte[] zipOfZeros(int size, boolean lie) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			zip.putArchiveEntry(new ZipArchiveEntry("policy.xml"));
			byte[] zeros = new byte[64 * 1024];
			for (int written = 0; written < size; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeArchiveEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] zip = bytes.toByteArray();
		if (lie) {
			int central = indexOf(zip, new byte[] { 'P', 'K', 1, 2 });
			zip[central + 24] = 100;
			zip[central + 25] = 0;
			zip[central + 26] = 0;
			zip[central + 27] = 0;
		}
		return zip;
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		for (int i = 0; i <= data.length - pattern.length; i++) {
			if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		throw new IllegalStateException("pattern not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil.xml", "apis/../../evil.xml", "/etc/passwd", "C:/Windows/win.ini", "c:evil.xml",
			"..\\evil.xml", "apis\\..\\..\\evil.xml", "//server/share/evil.xml", "apis/a\u0000.xml" })
	void refusesEntriesThatEscapeTheFolder(String name) {
		byte[] zip = zip(Map.of("policy.xml", utf8("a"), name, utf8("evil")));
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromZip(zip, ArchiveLimits.DEFAULTS))
			.withMessageStartingWith("The entry \"")
			.withMessageContaining("is refused because");
	}

	@Test
	void acceptsDotSegmentsThatStayInside() throws WorkspaceInputException {
		WorkspaceFiles files = WorkspaceFiles.fromZip(zip(Map.of("apis/orders/../../policy.xml", utf8("a"),
				"./apis/x/policy.xml", utf8("b"))), ArchiveLimits.DEFAULTS);
		assertThat(files.paths()).containsExactly("apis/x/policy.xml", "policy.xml");
	}

	@Test
	void refusesTwoEntriesForOneFile() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("apis/orders/policy.xml", utf8("a"));
		entries.put("apis\\orders\\policy.xml", utf8("b"));
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromZip(zip(entries), ArchiveLimits.DEFAULTS))
			.withMessageContaining("holds the file \"apis/orders/policy.xml\" twice");
	}

	@Test
	void reportsATruncatedZip() {
		byte[] whole = TestWorkspaces.contosoFiles().toZip();
		byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromZip(truncated, ArchiveLimits.DEFAULTS))
			.withMessageStartingWith("The zip is truncated or damaged");
	}

	@Test
	void reportsADamagedEntry() {
		byte[] zip = zipOfZeros(64 * 1024, false);
		int local = indexOf(zip, new byte[] { 'P', 'K', 3, 4 });
		// scramble the start of the deflated data, after the 30-byte header and the name
		for (int i = local + 30 + "policy.xml".length(); i < local + 60; i++) {
			zip[i] = (byte) 0xFF;
		}
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromZip(zip, ArchiveLimits.DEFAULTS))
			.withMessageStartingWith("The zip entry \"policy.xml\" is damaged");
	}

	@Test
	void reportsAFileThatIsNotAZip() {
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromZip(utf8("<policies/>"), ArchiveLimits.DEFAULTS))
			.withMessage("The upload is not a zip archive; expected a zip of an APIOps workspace.");
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromZip(new byte[0], ArchiveLimits.DEFAULTS))
			.withMessage("The upload is empty; expected a zip of an APIOps workspace.");
	}

	@Test
	void readsAFolderLeavingOutHiddenFolders() throws Exception {
		Path folder = freshFolder("hidden");
		write(folder, "policy.xml", "a");
		write(folder, ".git/objects/ab/cdef", "x");
		write(folder, "apis/orders/.DS_Store", "x");
		assertThat(WorkspaceFiles.fromFolder(folder, ArchiveLimits.DEFAULTS).paths()).containsExactly("policy.xml");
	}

	@Test
	void refusesAFolderOverTheLimits() throws Exception {
		Path many = freshFolder("many");
		for (int i = 0; i < 11; i++) {
			write(many, "named values/v" + i + "/namedValueInformation.json", "{}");
		}
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromFolder(many, SMALL))
			.withMessage("The folder holds more than 10 files; the limit is 10.");
		Path large = freshFolder("large");
		write(large, "a.bin", "x".repeat(200 * 1024));
		write(large, "b.bin", "x".repeat(200 * 1024));
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromFolder(large, SMALL))
			.withMessage("The folder holds more than 256 KB of files; the limit is 256 KB.");
	}

	@Test
	void refusesALinkOutOfTheFolderAndFollowsOneInside() throws Exception {
		Path folder = freshFolder("links").toAbsolutePath();
		write(folder, "apis/orders/policy.xml", "inside");
		Path outside = write(freshFolder("outside").toAbsolutePath(), "secret.txt", "secret");
		Files.createSymbolicLink(folder.resolve("apis/orders/alias.xml"), folder.resolve("apis/orders/policy.xml"));
		assertThat(WorkspaceFiles.fromFolder(folder, ArchiveLimits.DEFAULTS).text("apis/orders/alias.xml"))
			.contains("inside");
		Files.createSymbolicLink(folder.resolve("policy.xml"), outside);
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceFiles.fromFolder(folder, ArchiveLimits.DEFAULTS))
			.withMessage("\"policy.xml\" is a link to a file outside the workspace folder; copy the file into the "
					+ "folder instead.");
	}

	@Test
	void reportsAPathThatIsNeitherFolderNorZip() {
		assertThatExceptionOfType(WorkspaceInputException.class)
			.isThrownBy(() -> WorkspaceReader.files(Path.of("target", "no-such-workspace"), ArchiveLimits.DEFAULTS))
			.withMessageContaining("does not exist");
	}

	private static Path freshFolder(String name) throws IOException {
		Path folder = Path.of("target", "workspace-tests", name);
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
		return Files.createDirectories(folder);
	}

	private static Path write(Path folder, String path, String content) throws IOException {
		Path file = folder.resolve(path);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

}
