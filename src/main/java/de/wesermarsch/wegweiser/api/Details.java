package de.wesermarsch.wegweiser.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.content.Entry;

/** The facts only one kind of entry has, as a JSON object (organisation and contact, members, deadline...). */
final class Details {

	private Details() {
	}

	static Map<String, Object> of(Entry entry) {
		Map<String, Object> details = new LinkedHashMap<>();
		switch (entry.details()) {
			case Entry.Offer offer -> {
				if (offer.organisation() != null) {
					details.put("organisation", offer.organisation());
				}
				details.put("status", offer.status().name().toLowerCase(Locale.ROOT));
				Contact contact = offer.contact();
				if (contact != null && !contact.none()) {
					Map<String, String> fields = new LinkedHashMap<>();
					fields.put("person", contact.person());
					fields.put("phone", contact.phone());
					fields.put("email", contact.email());
					fields.put("address", contact.address());
					fields.put("web", contact.web());
					fields.values().removeIf(java.util.Objects::isNull);
					details.put("contact", fields);
				}
			}
			case Entry.Network network -> {
				details.put("scope", network.scope().name().toLowerCase(Locale.ROOT).replace('_', '-'));
				if (network.convenor() != null) {
					details.put("convenor", network.convenor());
				}
				details.put("members", network.members());
			}
			case Entry.Measure measure -> {
				details.put("fields", measure.fields());
				details.put("deadline", measure.deadline().id());
			}
			case Entry.Page page -> {
				return null;
			}
		}
		return details;
	}

}
