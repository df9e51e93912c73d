package dev.policysim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.policysim.effective.CutOff;
import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectiveSection;
import dev.policysim.effective.Provenance;
import dev.policysim.effective.ScopeBoundary;
import dev.policysim.policy.PolicyXmlWriter;
import dev.policysim.policy.SectionName;

/**
 * An effective policy laid out for the page: each element's XML tinted by the scope it comes from
 * and linked to its line in the editor, boundaries as the portal's comments, cut-offs in words.
 *
 * @param title the product context, e.g. {@code product starter} or {@code no product}
 * @param sections the four sections in running order
 */
record EffectiveView(String title, List<EffectiveSectionView> sections) {

	private static final PolicyXmlWriter WRITER = new PolicyXmlWriter();

	EffectiveView {
		Objects.requireNonNull(title, "title");
		sections = List.copyOf(sections);
	}

	static EffectiveView of(EffectivePolicy policy, String editorBase) {
		List<EffectiveSectionView> sections = new ArrayList<>();
		for (SectionName name : SectionName.values()) {
			sections.add(section(policy, name, editorBase));
		}
		String title = policy.context().product().map((product) -> "product " + product).orElse("no product");
		return new EffectiveView(title, sections);
	}

	private static EffectiveSectionView section(EffectivePolicy policy, SectionName name, String editorBase) {
		EffectiveSection section = policy.section(name);
		List<String> cutOffs = policy.cutOffs()
			.stream()
			.filter((cutOff) -> cutOff.section() == name)
			.map(EffectiveView::explain)
			.toList();
		List<EffectiveLine> lines = new ArrayList<>();
		List<ScopeBoundary> boundaries = section.boundaries();
		int next = 0;
		for (int index = 0; index <= section.elements().size(); index++) {
			while (next < boundaries.size() && boundaries.get(next).index() == index) {
				ScopeBoundary boundary = boundaries.get(next++);
				lines.add(new EffectiveLine(false, (boundary.begin() ? "begin " : "end ") + boundary.scope(),
						"scope-" + boundary.scope().kind().label(), "", "", false));
			}
			if (index < section.elements().size()) {
				lines.add(line(section.elements().get(index), editorBase));
			}
		}
		return new EffectiveSectionView(name.xmlName(), cutOffs, lines);
	}

	private static EffectiveLine line(EffectiveElement element, String editorBase) {
		Provenance provenance = element.provenance();
		String file = provenance.location().file();
		String source = provenance.scope() + " · " + provenance.location()
				+ provenance.fragment().map((fragment) -> " · fragment " + fragment.fragment() + " included at "
						+ fragment.includedAt()).orElse("");
		String scopeClass = provenance.fragment().isPresent() ? "scope-fragment"
				: "scope-" + provenance.scope().kind().label();
		String href = editorBase + "?file=" + WorkspaceController.encode(file) + "&line=" + provenance.location().line();
		return new EffectiveLine(true, WRITER.write(element.element()), scopeClass, source, href, false);
	}

	/** "product starter's inbound is not here: apis/orders/policy.xml inbound has no <base/>". */
	private static String explain(CutOff cutOff) {
		return cutOff.scope() + "'s " + cutOff.section() + " is not here: " + cutOff.because() + ".";
	}

	/**
	 * Marks the elements of each side that the other side does not have at that place.
	 * @param left one context
	 * @param right the other
	 * @return both views, differences marked
	 */
	static List<EffectiveView> compare(EffectiveView left, EffectiveView right) {
		List<EffectiveSectionView> leftSections = new ArrayList<>();
		List<EffectiveSectionView> rightSections = new ArrayList<>();
		for (int i = 0; i < left.sections().size(); i++) {
			EffectiveSectionView a = left.sections().get(i);
			EffectiveSectionView b = right.sections().get(i);
			List<EffectiveLine> aLines = new ArrayList<>(a.lines());
			List<EffectiveLine> bLines = new ArrayList<>(b.lines());
			Patch<String> patch = DiffUtils.diff(texts(aLines), texts(bLines));
			for (AbstractDelta<String> delta : patch.getDeltas()) {
				mark(aLines, delta.getSource().getPosition(), delta.getSource().size());
				mark(bLines, delta.getTarget().getPosition(), delta.getTarget().size());
			}
			leftSections.add(new EffectiveSectionView(a.name(), a.cutOffs(), aLines));
			rightSections.add(new EffectiveSectionView(b.name(), b.cutOffs(), bLines));
		}
		return List.of(new EffectiveView(left.title(), leftSections), new EffectiveView(right.title(), rightSections));
	}

	private static List<String> texts(List<EffectiveLine> lines) {
		// boundaries differ by product name only; compare what runs, not the labels
		return lines.stream().map((line) -> line.element() ? line.text() : line.scopeClass()).toList();
	}

	private static void mark(List<EffectiveLine> lines, int from, int size) {
		for (int i = from; i < from + size; i++) {
			lines.set(i, lines.get(i).markChanged());
		}
	}

}
