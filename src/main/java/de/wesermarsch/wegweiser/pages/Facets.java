package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.search.SearchResult;

/**
 * The facets of a result as the results page shows them: checkboxes with names and counts, chosen ones ticked.
 * Counts are written in the language's own digits, as the count of results is (۹۴ in Farsi, ٩٤ in Sorani).
 */
record Facets(Content content, PageLocale locale) {

	List<Map<String, Object>> of(SearchResult result, Set<EntryType> types, Set<String> topics, Set<String> places) {
		var texts = content.messages().all(locale.lang(), locale.easy());
		var digits = com.ibm.icu.text.NumberFormat.getInstance(com.ibm.icu.util.ULocale.forLanguageTag(locale.lang()));
		List<Map<String, Object>> facets = new ArrayList<>();
		facets.add(facet("type", texts.get("facet.type"), result.facets().get("type"),
				id -> texts.get("type." + id), types.stream().map(EntryType::id).toList(), digits));
		facets.add(facet("topic", texts.get("facet.topic"), result.facets().get("topic"),
				id -> content.topics().get(id).name(locale.lang(), locale.easy()), topics, digits));
		facets.add(facet("place", texts.get("facet.place"), result.facets().get("place"),
				id -> content.places().get(id).name(locale.lang(), locale.easy()), places, digits));
		facets.removeIf(f -> ((List<?>) f.get("values")).isEmpty());
		return facets;
	}

	private static Map<String, Object> facet(String name, String label, Map<String, Long> counts,
			java.util.function.Function<String, String> nameOf, java.util.Collection<String> chosen,
			com.ibm.icu.text.NumberFormat digits) {
		List<Map<String, Object>> values = new ArrayList<>();
		counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> values.add(Map.of("param", name, "value", e.getKey(), "name", nameOf.apply(e.getKey()),
					"count", digits.format(e.getValue()), "checked", chosen.contains(e.getKey()), "id", name + "-" + e.getKey())));
		return Map.of("name", name, "label", label, "values", values);
	}

}
