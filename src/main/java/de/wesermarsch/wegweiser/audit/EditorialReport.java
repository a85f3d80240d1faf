package de.wesermarsch.wegweiser.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Content;

/**
 * The part of the content report that audits what the texts say, for the editors of the Koordinierungsstelle:
 * where a translation breaks the glossary, per language where a plan of the county is not said as a plan, and
 * what the county still has to supply ({@link OpenItems}). The report command prints it after the content report.
 */
public record EditorialReport(List<String> glossary, Map<String, PlanMarkers.Said> plans, OpenItems open) {

	public static EditorialReport of(Content content, Path i18nDir) {
		return of(content, null, i18nDir);
	}

	/** With the open items of {@code contentDir} (none when it is null). */
	public static EditorialReport of(Content content, Path contentDir, Path i18nDir) {
		List<Piece> pieces = Piece.all(content);
		Glossary glossary = Glossary.read(i18nDir.resolve("glossary.yaml"));
		PlanMarkers markers = PlanMarkers.read(i18nDir.resolve("plan-markers.yaml"));
		OpenItems open = contentDir == null ? new OpenItems(Map.of()) : OpenItems.read(contentDir, content);
		return new EditorialReport(glossary.findings(pieces), markers.check(pieces, content.languageCodes()), open);
	}

	public String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("\n## Plans said as plans, per language\n\n")
			.append("Fields whose German says that something is planned (soll, bis 20xx) and whose translation has none ")
			.append("of its language's plan words (`i18n/plan-markers.yaml`).\n\n");
		plans.forEach((lang, said) -> out.append("- ").append(lang).append(": ").append(said.missing().size())
			.append(" of ").append(said.planned()).append(" without a plan word\n"));
		plans.forEach((lang, said) -> said.missing()
			.forEach(where -> out.append("  - ").append(lang).append(": ").append(where).append('\n')));
		out.append("\n## Glossary (").append(glossary.size()).append(")\n\n");
		glossary.forEach(g -> out.append("- ").append(g).append('\n'));
		out.append("\n## Open items for editors (").append(open.size()).append(")\n\n")
			.append("What the county still has to supply (`content/open-items.yaml`); the pages say so to readers.\n\n");
		open.items().forEach((id, items) -> items.forEach(item -> out.append("- ").append(id).append(": ").append(item).append('\n')));
		return out.toString();
	}

}
