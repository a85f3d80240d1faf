package de.wesermarsch.wegweiser.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.content.OfferStatus;
import de.wesermarsch.wegweiser.content.Shown;

/**
 * The offers, the guide pages with contact data, and the offers' organisations as an Open Referral HSDS 3.0
 * dataset in one language: a page of compiled
 * services (each with its organisation inlined), as HSDS's API returns them. Identifiers are name-based UUIDs of
 * the content ids in the site's namespace, so they stay stable across exports. Facts HSDS has no field for are extensions whose names
 * begin with {@code x_} (see docs/hsds.md): where the text came from and whether a person reviewed it, the
 * source, the review date, and the page of the entry on this service. Nothing is added that the content lacks:
 * an offer without contact data has no phones or contacts.
 */
public final class HsdsExport {

	private HsdsExport() {
	}

	public static Map<String, Object> of(Content content, String lang, String serviceUrl) {
		List<Map<String, Object>> services = new ArrayList<>();
		for (Entry entry : content.entries().values()) {
			if (entry.details() instanceof Entry.Offer || (entry.type() == EntryType.GUIDE && entry.contact().isPresent())) {
				services.add(service(content, entry, lang, serviceUrl));
			}
		}
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("total_items", services.size());
		page.put("total_pages", 1);
		page.put("page_number", 1);
		page.put("size", services.size());
		page.put("first_page", true);
		page.put("last_page", true);
		page.put("empty", services.isEmpty());
		page.put("contents", services);
		return page;
	}

	private static Map<String, Object> service(Content content, Entry entry, String lang, String serviceUrl) {
		Shown shown = Shown.of(entry, lang, false);
		String id = uuid(content, "service:" + entry.id());
		OfferStatus status = entry.details() instanceof Entry.Offer offer ? offer.status() : OfferStatus.ACTIVE;
		String organisationName = entry.details() instanceof Entry.Offer offer ? offer.organisation() : null;
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("id", id);
		service.put("name", shown.title());
		service.put("description", String.join("\n\n", shown.summary(), shown.body()).strip());
		service.put("status", switch (status) {
			case ACTIVE -> "active";
			case ENDED -> "defunct";
			case PLANNED -> "inactive";
		});
		if (entry.reviewed() != null) {
			service.put("last_modified", entry.reviewed() + "T00:00:00.000Z");
		}
		Contact contact = entry.contact().orElse(null);
		if (contact != null && contact.email() != null) {
			service.put("email", contact.email());
		}
		if (contact != null && contact.phone() != null) {
			service.put("phones", List.of(Map.of("id", uuid(content, "phone:" + entry.id()), "service_id", id, "number", contact.phone())));
		}
		if (contact != null && contact.person() != null) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("id", uuid(content, "contact:" + entry.id()));
			person.put("service_id", id);
			person.put("name", contact.person());
			if (contact.email() != null) {
				person.put("email", contact.email());
			}
			service.put("contacts", List.of(person));
		}
		if (organisationName != null) {
			String organisationId = uuid(content, "organization:" + organisationName);
			service.put("organization_id", organisationId);
			service.put("organization", organisation(content, organisationName, organisationId, lang));
		}
		List<Map<String, Object>> areas = new ArrayList<>();
		if (entry.countyWide()) {
			areas.add(Map.of("id", uuid(content, "area:county"), "service_id", id, "name", content.site().region(lang)));
		}
		entry.places().forEach(p -> areas.add(Map.of("id", uuid(content, "area:" + p), "service_id", id, "name",
				content.places().get(p).name(lang, false))));
		service.put("service_areas", areas);
		service.put("attributes", entry.topics().stream().map(t -> attribute(content, id, t, lang)).toList());
		service.put("x_wegweiser_url", serviceUrl + "/" + lang + "/entries/" + entry.id());
		service.put("x_language", shown.lang());
		service.put("x_translation", Map.of("provenance", shown.text().provenance().id(), "reviewed", shown.text().reviewed(),
				"fallback", shown.fallback(), "outdated", entry.outdated(shown.key())));
		entry.source().ifPresent(source -> {
			Map<String, Object> cited = new LinkedHashMap<>();
			cited.put("document", content.sources().get(source.document()).title());
			if (source.chapter() != null) {
				cited.put("chapter", source.chapter());
			}
			if (content.sources().get(source.document()).url() != null) {
				cited.put("url", content.sources().get(source.document()).url());
			}
			service.put("x_source", cited);
		});
		if (entry.reviewed() != null) {
			service.put("x_reviewed", entry.reviewed().toString());
		}
		return service;
	}

	/** An organisation with the offers the content names it for; HSDS requires a description. */
	private static Map<String, Object> organisation(Content content, String name, String id, String lang) {
		List<String> offers = content.entries().values().stream()
			.filter(e -> e.details() instanceof Entry.Offer o && name.equals(o.organisation()))
			.map(e -> Shown.of(e, lang, false).title())
			.toList();
		Map<String, Object> organisation = new LinkedHashMap<>();
		organisation.put("id", id);
		organisation.put("name", name);
		organisation.put("description", String.join(" · ", offers));
		return organisation;
	}

	private static Map<String, Object> attribute(Content content, String serviceId, String topic, String lang) {
		String termId = uuid(content, "topic:" + topic);
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("id", termId);
		term.put("code", topic);
		term.put("name", content.topics().get(topic).name(lang, false));
		term.put("description", content.topics().get(topic).name("de", false));
		term.put("taxonomy", namespace(content) + "-topics");
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("id", uuid(content, "attribute:" + serviceId + ":" + topic));
		attribute.put("link_id", serviceId);
		attribute.put("link_type", "topic");
		attribute.put("link_entity", "service");
		attribute.put("taxonomy_term_id", termId);
		attribute.put("taxonomy_term", term);
		return attribute;
	}

	/** A name-based UUID in the site's namespace, so two sites' exports never share an identifier. */
	static String uuid(Content content, String name) {
		return UUID.nameUUIDFromBytes((namespace(content) + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** The site's name as a slug ("Wegweiser Wesermarsch" is {@code wegweiser-wesermarsch}). */
	static String namespace(Content content) {
		String folded = java.text.Normalizer.normalize(content.site().name("de"), java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
		return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
