package de.wesermarsch.wegweiser.audit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words that say a thing is planned, in German and per language ({@code i18n/plan-markers.yaml}). A measure is
 * a plan of 2024, not a service: where the German says "soll" or "bis 2027", a translation that says "will
 * start", "must" or "there is" tells a newcomer something the county never promised. {@link #missing} finds
 * those translations.
 */
public record PlanMarkers(Pattern german, Map<String, List<Pattern>> markers) {

	public PlanMarkers {
		markers = Map.copyOf(markers);
	}

	public static PlanMarkers read(Path file) {
		Map<String, Object> root = AuditFiles.map(AuditFiles.read(file), file.toString());
		Map<String, List<Pattern>> markers = new LinkedHashMap<>();
		AuditFiles.map(root.get("markers"), file + ": markers").forEach((lang, list) -> markers.put(lang,
				AuditFiles.list(list, file + ": markers of " + lang).stream().map(m -> Normal.pattern(m.toString())).toList()));
		return new PlanMarkers(Pattern.compile(AuditFiles.string(root.get("de"), file + ": de")), markers);
	}

	/** Per language: how many fields the German plans in, and those whose translation says no plan. */
	record Said(int planned, List<String> missing) {
	}

	/** Per language (in the order of {@code languages}), the fields whose German plans and whose translation does not. */
	Map<String, Said> check(List<Piece> pieces, List<String> languages) {
		Map<String, Said> said = new LinkedHashMap<>();
		for (String lang : languages) {
			List<Pattern> own = markers.get(lang);
			if (own == null) {
				continue;
			}
			List<Piece> planned = pieces.stream().filter(p -> p.lang().equals(lang) && german.matcher(p.german()).find()).toList();
			List<String> missing = planned.stream()
				.filter(p -> own.stream().noneMatch(m -> m.matcher(Normal.text(p.text())).find()))
				.map(Piece::where)
				.toList();
			said.put(lang, new Said(planned.size(), missing));
		}
		return said;
	}

}
