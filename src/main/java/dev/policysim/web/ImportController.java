package dev.policysim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.policysim.store.ImportJobs;
import dev.policysim.store.ImportProgress;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a workspace from a zip or a folder chosen in the browser. Limits are checked at once,
 * with the message next to the field; the import itself runs in the background and its page
 * polls the progress.
 */
@Controller
class ImportController {

	static final String PROGRESS_VIEW = "import";

	private final WorkspaceImporter importer;

	private final ImportJobs jobs;

	private final UploadSettings upload;

	private final HomeModel home;

	ImportController(WorkspaceImporter importer, ImportJobs jobs, UploadSettings upload, HomeModel home) {
		this.importer = importer;
		this.jobs = jobs;
		this.upload = upload;
		this.home = home;
	}

	@PostMapping("/import")
	String start(@RequestParam(required = false) @Nullable MultipartFile zip,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		boolean hasZip = zip != null && !zip.isEmpty();
		boolean hasFolder = files != null && files.stream().anyMatch((file) -> !file.isEmpty());
		try {
			if (hasZip) {
				return "redirect:/import/" + startZip(zip);
			}
			if (hasFolder) {
				return "redirect:/import/" + this.importer.startFolder("Imported folder", FolderUpload.read(files, this.upload));
			}
			throw new UploadRefusedException("Choose a zip or a folder to import.");
		}
		catch (UploadRefusedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			FormErrors errors = FormErrors.of(hasFolder && !hasZip ? "files" : "zip", ex.getMessage());
			return this.home.render(request, model, new NameForm(""), FormErrors.NONE, errors);
		}
	}

	@GetMapping("/import/{jobId}")
	String progress(@PathVariable String jobId, HttpServletRequest request, HttpServletResponse response, Model model) {
		ImportProgress progress = find(jobId);
		if (progress.state() == ImportProgress.State.DONE && progress.editId().isPresent()) {
			RecentWorkspaces.remember(request, response, progress.editId().get());
			return "redirect:/w/" + progress.editId().get();
		}
		model.addAttribute("job", progress);
		return PROGRESS_VIEW;
	}

	/** The progress fragment htmx polls; once done, htmx follows to the progress page, which redirects. */
	@GetMapping("/import/{jobId}/status")
	String status(@PathVariable String jobId, HttpServletResponse response, Model model) {
		ImportProgress progress = find(jobId);
		if (progress.state() == ImportProgress.State.DONE) {
			response.setHeader("HX-Redirect", "/import/" + jobId);
		}
		model.addAttribute("job", progress);
		return PROGRESS_VIEW + " :: status";
	}

	private String startZip(MultipartFile zip) {
		if (zip.getSize() > this.upload.maxArchiveBytes()) {
			throw new UploadRefusedException("The zip is " + UploadSettings.megabytes(zip.getSize()) + "; the limit is "
					+ UploadSettings.megabytes(this.upload.maxArchiveBytes()) + ".");
		}
		String name = String.valueOf(zip.getOriginalFilename());
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			name = name.substring(0, name.length() - 4);
		}
		return this.importer.startZip(name.isBlank() ? "Imported zip" : name, bytes(zip));
	}

	private ImportProgress find(String jobId) {
		return this.jobs.find(jobId).orElseThrow(() -> new NotFoundException("There is no import at this address."));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
