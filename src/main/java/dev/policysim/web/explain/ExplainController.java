package dev.policysim.web.explain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.policysim.web.FormErrors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The explain page: the headers of a request and its responses, pasted from DevTools or read from a
 * HAR, and what Chromium does with them, by the same browser model as {@code explain}.
 */
@Controller
class ExplainController {

	static final String VIEW = "explain";

	@GetMapping("/explain")
	String page(Model model) {
		return render(model, ExplainForm.EMPTY, FormErrors.NONE, null, "");
	}

	@PostMapping("/explain")
	String explain(@Valid ExplainForm form, BindingResult result, @RequestParam(required = false) @Nullable MultipartFile har,
			HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(model, form, FormErrors.of(result), null, "");
		}
		ExplainForm used = form;
		String note = "";
		try {
			if (har != null && !har.isEmpty()) {
				HarImport imported = HarImport.read(text(har));
				used = imported.form();
				note = imported.note();
			}
			return render(model, used, FormErrors.NONE, VerdictView.of(PastedCase.explain(used)), note);
		}
		catch (ExplainFormException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(model, used, ex.errors(), null, note);
		}
	}

	private static String render(Model model, ExplainForm form, FormErrors errors, @Nullable VerdictView verdict, String note) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("verdict", verdict);
		model.addAttribute("note", note);
		return VIEW;
	}

	private static String text(MultipartFile har) {
		try {
			String text = new String(har.getBytes(), StandardCharsets.UTF_8);
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The uploaded HAR could not be read", ex);
		}
	}

}
