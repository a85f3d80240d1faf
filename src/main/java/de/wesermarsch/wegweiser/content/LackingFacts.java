package de.wesermarsch.wegweiser.content;

import java.util.ArrayList;
import java.util.List;

/**
 * What a newcomer needs to act on an entry and the entry does not say, so that editors see what to ask the
 * offer for: for an offer or a guide page a phone number or e-mail to reach someone, an address to go to, the
 * opening or phone hours, and a way to book or sign up (a phone number, an e-mail or a web page); for a network,
 * whom to contact. Measures are plans and pages are the site's own, so neither is listed.
 */
final class LackingFacts {

	private static final Contact NONE = new Contact(null, null, null, null, null, null);

	private LackingFacts() {
	}

	static List<String> of(Entry entry) {
		List<String> lacking = new ArrayList<>();
		switch (entry.type()) {
			case OFFER, GUIDE -> {
				Contact contact = entry.contact().orElse(NONE);
				boolean reachable = contact.phone() != null || contact.email() != null;
				if (!reachable) {
					lacking.add("contact (phone or e-mail)");
				}
				if (contact.address() == null) {
					lacking.add("address");
				}
				if (contact.hours() == null) {
					lacking.add("hours");
				}
				if (!reachable && contact.web() == null) {
					lacking.add("booking (no phone, e-mail or web page)");
				}
			}
			case NETWORK -> {
				if (entry.responsible() == null) {
					lacking.add("contact of the convener");
				}
			}
			case MEASURE, PAGE -> {
			}
		}
		return lacking;
	}

}
