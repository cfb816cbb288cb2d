package archfixtures.r1.shop.domain;

/** Breaks domain-is-plain-java: a Spring annotation in the domain. */
@org.springframework.stereotype.Component
public class Order {
}
