package de.wesermarsch.wegweiser.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.content.Entry;

/** The facts only one kind of entry has, as a JSON object (organisation and contact, members, deadline, a guide page's parent...). */
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
				entry.contact().ifPresent(c -> details.put("contact", contact(c)));
			}
			case Entry.Guide guide -> {
				if (guide.parent() != null) {
					details.put("parent", guide.parent());
				}
				if (guide.order() != null) {
					details.put("order", guide.order());
				}
				entry.contact().ifPresent(c -> details.put("contact", contact(c)));
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

	/** Contact data without the fields the source does not give. */
	static Map<String, String> contact(Contact contact) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("person", contact.person());
		fields.put("phone", contact.phone());
		fields.put("email", contact.email());
		fields.put("address", contact.address());
		fields.put("web", contact.web());
		fields.put("hours", contact.hours());
		fields.values().removeIf(java.util.Objects::isNull);
		return fields;
	}

}
