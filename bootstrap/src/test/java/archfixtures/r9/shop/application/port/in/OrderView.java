package archfixtures.r9.shop.application.port.in;

public record OrderView(String id) {
}
