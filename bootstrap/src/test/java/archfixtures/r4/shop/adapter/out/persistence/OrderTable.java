package archfixtures.r4.shop.adapter.out.persistence;

public class OrderTable {
}
