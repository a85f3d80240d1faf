package de.wesermarsch.wegweiser;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Wegweiser Wesermarsch: the county's multilingual guide to counselling offers, networks and measures. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WegweiserApplication {

	public static void main(String[] args) {
		SpringApplication.run(WegweiserApplication.class, args);
	}

}
