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
import de.wesermarsch.wegweiser.content.OfferStatus;
import de.wesermarsch.wegweiser.content.Shown;

/**
 * The offers and their organisations as an Open Referral HSDS 3.0 dataset in one language: a page of compiled
 * services (each with its organisation inlined), as HSDS's API returns them. Identifiers are name-based UUIDs of
 * the content ids, so they stay stable across exports. Facts HSDS has no field for are extensions whose names
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
			if (entry.details() instanceof Entry.Offer offer) {
				services.add(service(content, entry, offer, lang, serviceUrl));
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

	private static Map<String, Object> service(Content content, Entry entry, Entry.Offer offer, String lang, String serviceUrl) {
		Shown shown = Shown.of(entry, lang, false);
		String id = uuid("service:" + entry.id());
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("id", id);
		service.put("name", shown.title());
		service.put("description", String.join("\n\n", shown.summary(), shown.body()).strip());
		service.put("status", switch (offer.status()) {
			case ACTIVE -> "active";
			case ENDED -> "defunct";
			case PLANNED -> "inactive";
		});
		service.put("last_modified", entry.reviewed() + "T00:00:00.000Z");
		Contact contact = offer.contact();
		if (contact != null && contact.email() != null) {
			service.put("email", contact.email());
		}
		if (contact != null && contact.phone() != null) {
			service.put("phones", List.of(Map.of("id", uuid("phone:" + entry.id()), "service_id", id, "number", contact.phone())));
		}
		if (contact != null && contact.person() != null) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("id", uuid("contact:" + entry.id()));
			person.put("service_id", id);
			person.put("name", contact.person());
			if (contact.email() != null) {
				person.put("email", contact.email());
			}
			service.put("contacts", List.of(person));
		}
		if (offer.organisation() != null) {
			String organisationId = uuid("organization:" + offer.organisation());
			service.put("organization_id", organisationId);
			service.put("organization", organisation(content, offer.organisation(), organisationId, lang));
		}
		List<Map<String, Object>> areas = new ArrayList<>();
		if (entry.countyWide()) {
			areas.add(Map.of("id", uuid("area:county"), "service_id", id, "name", "Landkreis Wesermarsch"));
		}
		entry.places().forEach(p -> areas.add(Map.of("id", uuid("area:" + p), "service_id", id, "name",
				content.places().get(p).name(lang, false))));
		service.put("service_areas", areas);
		service.put("attributes", entry.topics().stream().map(t -> attribute(content, id, t, lang)).toList());
		service.put("x_wegweiser_url", serviceUrl + "/" + lang + "/entries/" + entry.id());
		service.put("x_language", shown.lang());
		service.put("x_translation", Map.of("provenance", shown.text().provenance().id(), "reviewed", shown.text().reviewed(),
				"fallback", shown.fallback(), "outdated", entry.outdated(shown.key())));
		service.put("x_source", Map.of("document", content.sources().get(entry.source().document()).title(), "chapter",
				entry.source().chapter()));
		service.put("x_reviewed", entry.reviewed().toString());
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
		String termId = uuid("topic:" + topic);
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("id", termId);
		term.put("code", topic);
		term.put("name", content.topics().get(topic).name(lang, false));
		term.put("description", content.topics().get(topic).name("de", false));
		term.put("taxonomy", "wegweiser-wesermarsch-topics");
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("id", uuid("attribute:" + serviceId + ":" + topic));
		attribute.put("link_id", serviceId);
		attribute.put("link_type", "topic");
		attribute.put("link_entity", "service");
		attribute.put("taxonomy_term_id", termId);
		attribute.put("taxonomy_term", term);
		return attribute;
	}

	static String uuid(String name) {
		return UUID.nameUUIDFromBytes(("wegweiser-wesermarsch:" + name).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
