package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;

/**
 * schema.org data of an entry page for search engines and directories: an offer is a {@code GovernmentService}
 * when the region itself (its German name in {@code site.yaml}) runs it, a {@code Service} otherwise, with its provider ({@code Organization}), its contact
 * ({@code ContactPoint}) and where it is offered ({@code Place}); other entries are a {@code WebPage} about their
 * topic. Only facts the content has.
 */
final class JsonLd {

	private JsonLd() {
	}

	static Map<String, Object> of(Entry entry, Shown shown, Content content, String url) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", type(entry, content));
		data.put("@id", url);
		data.put("url", url);
		data.put("name", shown.title());
		data.put("description", shown.summary());
		data.put("inLanguage", shown.lang());
		if (entry.reviewed() != null) {
			data.put("dateModified", entry.reviewed().toString());
		}
		String region = content.site().region("de");
		if (entry.details() instanceof Entry.Offer offer) {
			if (offer.organisation() != null) {
				Map<String, Object> provider = new LinkedHashMap<>();
				provider.put("@type", "Organization");
				provider.put("name", offer.organisation());
				contactPoint(offer.contact()).ifPresent(c -> provider.put("contactPoint", c));
				data.put("provider", provider);
			}
			else {
				contactPoint(offer.contact()).ifPresent(c -> data.put("availableChannel",
						Map.of("@type", "ServiceChannel", "serviceLocation", Map.of("@type", "Place", "name", region),
								"availableLanguage", shown.lang(), "servicePhone", c)));
			}
			List<Map<String, Object>> areas = new ArrayList<>();
			if (entry.countyWide()) {
				areas.add(Map.of("@type", "AdministrativeArea", "name", region));
			}
			entry.places().forEach(p -> areas.add(Map.of("@type", "Place", "name", content.places().get(p).name("de", false))));
			data.put("areaServed", areas);
		}
		return data;
	}

	private static String type(Entry entry, Content content) {
		if (entry.details() instanceof Entry.Offer offer) {
			return content.site().region("de").equals(offer.organisation()) ? "GovernmentService" : "Service";
		}
		return "WebPage";
	}

	private static java.util.Optional<Map<String, Object>> contactPoint(Contact contact) {
		if (contact == null || (contact.phone() == null && contact.email() == null)) {
			return java.util.Optional.empty();
		}
		Map<String, Object> point = new LinkedHashMap<>();
		point.put("@type", "ContactPoint");
		if (contact.person() != null) {
			point.put("name", contact.person());
		}
		if (contact.phone() != null) {
			point.put("telephone", contact.phone());
		}
		if (contact.email() != null) {
			point.put("email", contact.email());
		}
		return java.util.Optional.of(point);
	}

}
