"""A deterministic demo store (catalog, tax classes, staff, Shopify stock) and synthetic
catalogs for benchmarks.

Everything comes from a seeded `random.Random`, so the same seed gives the same
products, barcodes, prices and ids on every machine: demo receipts printed on two
terminals refer to the same variants, and `seed_demo` can run again without duplicating.

The demo store is also a Shopify shop: demo mode serves `demo_shop()` from the emulator.
Both sides come from this one generator, and its ids are Shopify GIDs numbered from each
product's place in the catalog, so the local seed and the shop name every product and
variant alike and a catalog pull from the demo shop finds nothing to change.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pos_app.domain.barcode import make_ean13
from pos_app.domain.catalog import TaxClass, TaxRate, Variant
from pos_app.domain.money import Money
from pos_app.domain.permissions import Role

from .catalog import CatalogRepository, UpsertResult
from .csv_safety import safe_writer
from .staff import StaffService

DEMO_SEED = 20261127
DEMO_PRODUCTS = 2000  # what `pos-app run --demo` seeds, locally and in its Shopify shop
MAX_DEMO_PRODUCTS = 10_000  # the word lists hold about 14,000 distinct titles
_BATCH = 5000
# The demo people's ids: the same on every demo till of the store (pos-app staff).
_DEMO_STAFF_IDS = uuid.UUID("7d3f0a52-1c7e-4a9b-9f0e-2b6c5d8e4a31")
# Shopify-style numeric ids: product N of the catalog is Product PRODUCT_BASE + N, its
# k-th variant ProductVariant VARIANT_BASE + 100 N + k (at most 24 variants a product)
# and that variant's InventoryItem ITEM_BASE + 100 N + k. Far above the small ids the
# emulator hands out for anything created later, so they never collide.
_PRODUCT_BASE = 7_100_000_000_000
_VARIANT_BASE = 41_000_000_000_000
_ITEM_BASE = 43_000_000_000_000
_COLLECTION_BASE = 450_000_000_000
_MAX_VARIANTS = 100

DEMO_LOCATION = "Main Street"  # the demo terminal's store: its stock is what the counter sees
DEMO_WAREHOUSE = "Warehouse"

STATE_TAX = TaxRate("state", "State sales tax", Decimal("0.0625"))
CITY_TAX = TaxRate("city", "City sales tax", Decimal("0.02"))
FOOD_TAX = TaxRate("food", "Reduced food tax", Decimal("0.0225"))
DEMO_TAX_CLASSES: tuple[TaxClass, ...] = (
    TaxClass("standard", "Standard (8.25 %)", (STATE_TAX, CITY_TAX)),
    TaxClass("food", "Food (2.25 %)", (FOOD_TAX,)),
    TaxClass("exempt", "Exempt", ()),
)


@dataclass(frozen=True, slots=True)
class DemoStaff:
    name: str
    role: Role
    pin: str


# Shown on the demo login screen; never use these PINs in a real store.
DEMO_STAFF: tuple[DemoStaff, ...] = (
    DemoStaff("Alex Manager", Role.MANAGER, "1234"),
    DemoStaff("Sam Cashier", Role.CASHIER, "1111"),
    DemoStaff("Jo Cashier", Role.CASHIER, "2222"),
    DemoStaff("Pat Supervisor", Role.SUPERVISOR, "3333"),
)


@dataclass(frozen=True, slots=True)
class _Item:
    noun: str
    descriptors: tuple[str, ...]  # words that make sense in front of this noun
    sizes: tuple[str, ...]
    low: int  # price range in minor units
    high: int


@dataclass(frozen=True, slots=True)
class _Department:
    code: str
    name: str
    tax_class: str
    weight: int
    brands: tuple[str, ...]
    items: tuple[_Item, ...]


def _items(nouns: str, descriptors: str, sizes: str, low: int, high: int) -> tuple[_Item, ...]:
    def split(text: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in text.split(",")) if text else ()

    return tuple(_Item(noun, split(descriptors), split(sizes) or ("",), low, high)
                 for noun in split(nouns))


_DEPARTMENTS: tuple[_Department, ...] = (
    _Department(
        "DAI", "Dairy & Eggs", "food", 8,
        ("Meadow Farms", "Hillside Creamery", "Blue Ridge", "Clover Valley", "Sunny Acres"),
        _items("Milk", "Organic, Whole, 2% Reduced Fat, Fat Free, Lactose Free, Grass-Fed",
               "1 qt, 1/2 gal, 1 gal", 149, 699)
        + _items("Chocolate Milk, Half & Half, Heavy Cream", "Organic, Classic",
                 "1 pt, 1 qt", 149, 599)
        + _items("Greek Yogurt, Yogurt, Cottage Cheese, Sour Cream, Cream Cheese",
                 "Organic, Low Fat, Plain, Vanilla, Strawberry", "5.3 oz, 16 oz, 32 oz",
                 99, 649)
        + _items("Cheddar Cheese, Mozzarella, Swiss Cheese, Pepper Jack",
                 "Sharp, Mild, Shredded, Sliced, Organic", "8 oz, 16 oz", 249, 899)
        + _items("Butter", "Salted, Unsalted, Grass-Fed", "8 oz, 16 oz", 349, 799)
        + _items("Large Eggs, Brown Eggs", "Free Range, Organic, Pasture Raised",
                 "6 ct, 12 ct, 18 ct", 199, 799),
    ),
    _Department(
        "BAK", "Bakery", "food", 5,
        ("Golden Crust", "Village Bakery", "Old Mill", "Rise & Shine"),
        _items("Sandwich Bread, Bagels, English Muffins, Dinner Rolls",
               "Whole Wheat, Sourdough, Multigrain, Honey Oat, Gluten Free, Classic",
               "6 ct, 8 ct, 20 oz, 24 oz", 199, 599)
        + _items("Hamburger Buns, Hot Dog Buns, Tortillas, Pita Bread",
                 "Whole Wheat, Classic, Sesame, Flour, Corn", "8 ct, 10 ct", 199, 499)
        + _items("Croissants, Blueberry Muffins, Cinnamon Rolls", "Butter, Mini, Classic",
                 "4 ct, 6 ct", 349, 699),
    ),
    _Department(
        "PAN", "Pantry", "food", 14,
        ("Harvest Table", "Pantry Select", "Casa Verde", "Northfield", "Good Grains",
         "Seaside", "Prairie Gold"),
        _items("Spaghetti, Penne Pasta, Macaroni, Linguine", "Whole Grain, Organic, Classic",
               "12 oz, 16 oz, 32 oz", 99, 499)
        + _items("Jasmine Rice, Brown Rice, Basmati Rice, Quinoa, Rolled Oats",
                 "Organic, Long Grain, Whole Grain, Family Size", "16 oz, 32 oz, 5 lb",
                 149, 899)
        + _items("Black Beans, Kidney Beans, Chickpeas, Diced Tomatoes, Tomato Sauce, "
                 "Sweet Corn, Green Beans", "Organic, Low Sodium, No Salt Added, Classic",
                 "10.5 oz, 15 oz, 28 oz", 79, 399)
        + _items("Chicken Noodle Soup, Tomato Soup, Chunk Light Tuna",
                 "Low Sodium, Hearty, Classic, In Water", "5 oz, 10.5 oz, 18.6 oz", 99, 449)
        + _items("Peanut Butter, Almond Butter", "Creamy, Crunchy, Natural, Organic",
                 "16 oz, 28 oz, 40 oz", 249, 999)
        + _items("Strawberry Jam, Grape Jelly, Honey, Maple Syrup",
                 "Organic, Pure, Raw, Reduced Sugar", "12 oz, 18 oz, 32 oz", 249, 1299)
        + _items("Olive Oil, Canola Oil, Avocado Oil, Apple Cider Vinegar",
                 "Extra Virgin, Organic, Light, Pure", "16.9 fl oz, 32 fl oz, 48 fl oz",
                 299, 1499)
        + _items("Ketchup, Yellow Mustard, Mayonnaise, Salsa, Soy Sauce, BBQ Sauce",
                 "Organic, Spicy, Mild, Low Sodium, Classic", "12 oz, 16 oz, 32 oz", 149, 599)
        + _items("All-Purpose Flour, Granulated Sugar, Brown Sugar, Baking Soda",
                 "Organic, Unbleached, Pure Cane, Classic", "1 lb, 2 lb, 5 lb", 99, 799)
        + _items("Corn Flakes, Granola, Bran Flakes, Oat Cereal",
                 "Honey, Original, Family Size, Cinnamon", "12 oz, 18 oz", 249, 699)
        + _items("Ground Coffee, Whole Bean Coffee, Black Tea, Green Tea",
                 "Dark Roast, Medium Roast, Decaf, Organic", "12 oz, 20 ct, 2 lb", 299, 1599),
    ),
    _Department(
        "SNK", "Snacks & Candy", "standard", 9,
        ("Crunch Time", "Happy Trails", "Sweet Spot", "Golden Valley", "Big Dipper"),
        _items("Potato Chips, Kettle Chips, Tortilla Chips",
               "Sea Salt, BBQ, Sour Cream & Onion, Salt & Vinegar, Jalapeño, Lightly Salted",
               "1.5 oz, 7 oz, 10 oz", 99, 599)
        + _items("Pretzels, Popcorn, Crackers", "Sea Salt, Butter, Cheddar, Whole Grain",
                 "7 oz, 10 oz, 16 oz", 199, 599)
        + _items("Trail Mix, Mixed Nuts, Almonds, Cashews, Peanuts",
                 "Honey Roasted, Lightly Salted, Unsalted, Smoked", "6 oz, 10 oz, 16 oz",
                 299, 1199)
        + _items("Chocolate Bar, Chocolate Chip Cookies, Sandwich Cookies",
                 "Dark Chocolate, Milk Chocolate, Double Chocolate, Mint", "1.5 oz, 3.5 oz, 14 oz",
                 99, 599)
        + _items("Gummy Bears, Licorice, Sour Worms, Granola Bars", "Fruity, Cherry, Original",
                 "2 oz, 5 oz, 12 ct", 99, 599),
    ),
    _Department(
        "BEV", "Beverages", "standard", 9,
        ("Clear Spring", "Fizz Co", "Orchard Fresh", "Mountain Peak", "Tropic Bay"),
        _items("Spring Water, Sparkling Water", "Lemon, Lime, Grapefruit, Original",
               "16.9 fl oz, 1 L, 24 pk", 99, 699)
        + _items("Cola, Ginger Ale, Lemon-Lime Soda, Root Beer", "Diet, Zero Sugar, Original",
                 "12 fl oz, 20 fl oz, 2 L, 12 pk", 99, 899)
        + _items("Orange Juice, Apple Juice, Cranberry Juice, Lemonade",
                 "Not From Concentrate, Pulp Free, Organic, Original", "12 fl oz, 52 fl oz",
                 149, 599)
        + _items("Iced Tea, Cold Brew Coffee, Kombucha, Sports Drink, Energy Drink",
                 "Unsweetened, Peach, Mango, Berry, Zero Sugar", "12 fl oz, 16 fl oz, 4 pk",
                 149, 1099),
    ),
    _Department(
        "FRZ", "Frozen", "food", 6,
        ("Polar Kitchen", "Frosty Acres", "Chef's Pick", "Northern Lights"),
        _items("Pizza", "Pepperoni, Four Cheese, Supreme, Margherita, Thin Crust",
               "12 in, 16 in", 399, 1099)
        + _items("Ice Cream, Frozen Yogurt", "Vanilla, Chocolate, Strawberry, Cookie Dough",
                 "1 pt, 1.5 qt", 299, 799)
        + _items("Peas, Mixed Vegetables, Broccoli Florets, Sweet Corn", "Organic, Steamable",
                 "12 oz, 1 lb", 129, 399)
        + _items("Chicken Nuggets, Fish Sticks, French Fries, Waffles, Burritos, Lasagna",
                 "Family Size, Breaded, Crispy, Classic", "12 oz, 24 oz, 32 oz", 249, 1199),
    ),
    _Department(
        "HOU", "Household", "standard", 9,
        ("CleanPro", "Fresh Home", "EcoNest", "Sparkle", "HomeWorks"),
        _items("Dish Soap, Laundry Detergent, All-Purpose Cleaner, Glass Cleaner",
               "Lemon, Lavender, Unscented, Free & Clear, Ultra", "24 oz, 50 oz, 100 oz",
               199, 1999)
        + _items("Paper Towels, Toilet Paper, Facial Tissues", "Mega Roll, Soft, Recycled",
                 "4 ct, 6 ct, 12 ct", 299, 2499)
        + _items("Trash Bags, Zip Bags, Aluminum Foil, Plastic Wrap, Sponges",
                 "Heavy Duty, Gallon, Quart, Non-Scratch", "20 ct, 50 ct, 75 sq ft", 149, 1299)
        + _items("LED Light Bulbs, AA Batteries, AAA Batteries",
                 "Soft White, Daylight, Alkaline, Rechargeable", "4 ct, 8 ct, 24 ct", 399, 2499),
    ),
    _Department(
        "PER", "Personal Care", "standard", 7,
        ("Pure Glow", "DailyCare", "Fresh Mint", "Aloe Grove", "Silkwood"),
        _items("Shampoo, Conditioner, Body Wash, Bar Soap, Hand Lotion",
               "Moisturizing, Coconut, Tea Tree, Fragrance Free, Sensitive",
               "3.4 oz, 12 oz, 16 oz", 199, 1299)
        + _items("Toothpaste, Mouthwash", "Whitening, Sensitive, Fresh Mint, Cavity Protection",
                 "4 oz, 16.9 fl oz", 199, 799)
        + _items("Toothbrush, Razors, Cotton Swabs, Lip Balm",
                 "Soft, Medium, Sensitive, Original", "1 ct, 4 ct, 300 ct", 129, 1899)
        + _items("Deodorant, Sunscreen", "Sport, Unscented, Clinical Strength, SPF 30, SPF 50",
                 "2.6 oz, 6 oz", 399, 1499),
    ),
    _Department(
        "PHA", "Pharmacy", "exempt", 4,
        ("WellPath", "CareFirst", "Remedy"),
        _items("Pain Reliever, Allergy Relief, Cough Syrup, Antacid",
               "Extra Strength, Children's, Non-Drowsy, Regular Strength",
               "24 ct, 50 ct, 100 ct, 4 fl oz", 299, 1999)
        + _items("Bandages, Vitamin C, Multivitamin, Digital Thermometer",
                 "Flexible, Waterproof, Chewable, Daily", "1 ct, 30 ct, 100 ct", 299, 1999),
    ),
    _Department(
        "HRD", "Hardware", "standard", 5,
        ("ToolCraft", "IronSide", "HandyMan", "BuildRight"),
        _items("Hammer, Screwdriver Set, Tape Measure, Utility Knife, Pliers",
               "Steel, Heavy Duty, Compact, Magnetic", "1 ct, 6 pc, 25 ft", 499, 3999)
        + _items("Duct Tape, Wood Screws, Nails, Zip Ties, Super Glue",
                 "Heavy Duty, Galvanized, Stainless, All-Purpose", "1 ct, 100 ct, 60 yd",
                 199, 1299)
        + _items("Work Gloves, Flashlight, Extension Cord, Padlock",
                 "Heavy Duty, LED, Outdoor, Weatherproof", "1 ct, 2 pk, 25 ft", 399, 2999),
    ),
    _Department(
        "OFF", "Stationery", "standard", 4,
        ("PaperTrail", "InkWell", "Notable"),
        _items("Ballpoint Pens, Gel Pens, Highlighters, Markers", "Blue, Black, Assorted, Neon",
               "5 pk, 12 pk", 199, 1299)
        + _items("Spiral Notebook, Composition Book, Sticky Notes, Index Cards",
                 "College Ruled, Wide Ruled, Recycled, Assorted", "1 ct, 3 pk, 100 ct", 99, 899)
        + _items("Printer Paper, Envelopes, Greeting Card", "Recycled, White, Birthday",
                 "1 ct, 50 ct, 500 sheets", 99, 1499),
    ),
    _Department(
        "PET", "Pet", "standard", 4,
        ("Happy Paws", "Whisker Works", "Tail Waggers"),
        _items("Dry Dog Food, Wet Dog Food, Dry Cat Food, Wet Cat Food",
               "Chicken, Salmon, Beef, Grain Free, Puppy, Senior", "3 oz, 3.5 lb, 15 lb",
               99, 4999)
        + _items("Cat Litter, Dog Treats, Chew Toy", "Clumping, Unscented, Chicken, Small",
                 "1 ct, 6 oz, 20 lb", 299, 1999),
    ),
)

_APPAREL = _Department(
    "APP", "Apparel", "standard", 6,
    ("Trailhead", "Urban Thread", "Coastline", "Northstar Outfitters", "Basic Co"),
    _items("Crew Neck T-Shirt, V-Neck T-Shirt, Polo Shirt, Flannel Shirt",
           "Classic, Organic Cotton, Slim Fit, Relaxed Fit, Performance", "", 999, 3999)
    + _items("Hoodie, Zip Sweatshirt, Rain Jacket", "Classic, Heavyweight, Fleece, Lightweight",
             "", 2999, 6999)
    + _items("Jeans, Chino Pants, Joggers, Shorts", "Slim Fit, Relaxed Fit, Stretch, Classic",
             "", 1999, 5999)
    + _items("Beanie, Baseball Cap, Crew Socks 3-Pack", "Classic, Knit, Athletic", "",
             999, 2499),
)
_COLOURS = (("Black", "BLK"), ("White", "WHT"), ("Navy", "NVY"), ("Heather Grey", "HGR"),
            ("Red", "RED"), ("Forest Green", "FGN"), ("Royal Blue", "RBL"), ("Khaki", "KHK"),
            ("Burgundy", "BUR"), ("Charcoal", "CHR"))
_SIZES = ("XS", "S", "M", "L", "XL", "XXL")

# Loose produce sells by its IFPS price look-up code, typed at the counter.
_PRODUCE: tuple[tuple[str, str, int], ...] = (
    ("4011", "Bananas (per lb)", 69), ("4133", "Gala Apples (per lb)", 199),
    ("4131", "Fuji Apples (per lb)", 199), ("4139", "Granny Smith Apples (per lb)", 219),
    ("3283", "Honeycrisp Apples (per lb)", 299), ("3107", "Navel Oranges (each)", 99),
    ("4053", "Lemons (each)", 69), ("4048", "Limes (each)", 39),
    ("4046", "Hass Avocados (each)", 129), ("4664", "Tomatoes on the Vine (per lb)", 249),
    ("4087", "Roma Tomatoes (per lb)", 149), ("4093", "Yellow Onions (per lb)", 119),
    ("4082", "Red Onions (per lb)", 149), ("4608", "Garlic (each)", 59),
    ("4072", "Russet Potatoes (per lb)", 99), ("4816", "Sweet Potatoes (per lb)", 129),
    ("4562", "Carrots (per lb)", 99), ("4060", "Broccoli Crowns (per lb)", 199),
    ("4062", "Cucumbers (each)", 79), ("4065", "Green Bell Peppers (each)", 99),
    ("4088", "Red Bell Peppers (each)", 169), ("4061", "Iceberg Lettuce (each)", 149),
    ("4640", "Romaine Hearts (each)", 199), ("4070", "Celery (each)", 179),
    ("4612", "Ginger Root (per lb)", 399), ("4959", "Mangoes (each)", 129),
    ("4430", "Pineapple (each)", 349), ("4030", "Kiwi (each)", 49),
    ("4050", "Cantaloupe (each)", 299), ("4032", "Watermelon (each)", 599),
    ("4693", "Jalapeño Peppers (per lb)", 179), ("4067", "Zucchini (per lb)", 179),
    ("4889", "Cilantro (bunch)", 99), ("4069", "Green Cabbage (per lb)", 89),
    ("4079", "Cauliflower (each)", 299), ("4645", "White Mushrooms (per lb)", 399),
)
_PRICE_ENDINGS = (99, 99, 99, 49, 29, 79, 89, 19)


def shopify_gid(kind: str, number: int) -> str:
    return f"gid://shopify/{kind}/{number}"


def gid_number(gid: str) -> int:
    """1234 from "gid://shopify/ProductVariant/1234"."""
    return int(gid.rsplit("/", 1)[1])


@dataclass(frozen=True, slots=True)
class DemoSeedReport:
    products: int
    variants: int
    written: UpsertResult
    staff_added: int


class _CatalogGenerator:
    """Draws products from the word lists; every draw is from one seeded Random."""

    def __init__(self, seed: int, currency: str, *, unique_titles: bool) -> None:
        self._rng = random.Random(seed)
        self._currency = currency
        self._unique = unique_titles
        self._titles: set[str] = set()
        self._prefixes: dict[str, str] = {}
        self._next_ref: dict[str, int] = {}
        self._product_no = 0
        departments = (*_DEPARTMENTS, _APPAREL)
        self._departments = departments
        self._weights = [d.weight for d in departments]

    def products(self) -> Iterator[list[Variant]]:
        """Endless products, each as its list of variants; produce comes first."""
        for plu, title, price in _PRODUCE:
            self._product_no += 1
            yield [self._variant(sku=plu, barcode=None, title=title, price=price,
                                 department=None, brand="", index=0)]
        attempts = 0
        while True:
            department = self._rng.choices(self._departments, self._weights)[0]
            brand = self._rng.choice(department.brands)
            item = self._rng.choice(department.items)
            descriptor = self._rng.choice((*item.descriptors, ""))
            base = " ".join(p for p in (brand, descriptor, item.noun) if p)
            size = self._rng.choice(item.sizes)
            title = f"{base} {size}".strip()
            if self._unique and title in self._titles:
                attempts += 1
                if attempts > 1000:
                    raise ValueError("the demo word lists cannot make that many products")
                continue
            attempts = 0
            self._titles.add(title)
            self._product_no += 1
            if department is _APPAREL:
                yield self._apparel(brand, title, item)
            else:
                sku = f"{department.code}-{self._product_no:06d}"
                yield [self._variant(sku=sku, barcode=self._barcode(brand), title=title,
                                     price=self._price(item), department=department,
                                     brand=brand, index=0)]

    def _apparel(self, brand: str, title: str, item: _Item) -> list[Variant]:
        colours = self._rng.sample(_COLOURS, self._rng.randint(2, 4))
        if item.noun in ("Beanie", "Baseball Cap"):
            sizes: tuple[str, ...] = ("One Size",)
        else:
            start = self._rng.randint(0, 1)
            sizes = _SIZES[start:start + self._rng.randint(4, 5)]
        price = self._price(item)
        product_key = f"{_APPAREL.code}-{self._product_no:06d}"
        variants: list[Variant] = []
        for colour, colour_code in colours:
            for size in sizes:
                size_code = "OS" if size == "One Size" else size
                variants.append(self._variant(
                    sku=f"{product_key}-{colour_code}-{size_code}",
                    barcode=self._barcode(brand), title=f"{title} / {colour} / {size}",
                    # Bigger sizes cost a little more, as in most apparel price lists.
                    price=price + (200 if size in ("XXL",) else 0),
                    department=_APPAREL, brand=brand, index=len(variants)))
        return variants

    def _price(self, item: _Item) -> int:
        dollars = self._rng.randint(item.low, item.high) // 100
        return dollars * 100 + self._rng.choice(_PRICE_ENDINGS)

    def _barcode(self, brand: str) -> str:
        # A GS1 company prefix per brand (mostly US "0" prefixes, which also scan as
        # UPC-A) and a running item reference, so barcodes are unique and look real.
        prefix = self._prefixes.get(brand)
        if prefix is None:
            used = set(self._prefixes.values())
            while prefix is None or prefix in used:
                country = self._rng.choice("0000000458")
                prefix = country + f"{self._rng.randrange(10**6):06d}"
            self._prefixes[brand] = prefix
        ref = self._next_ref.get(brand, 0)
        if ref >= 10**5:
            raise ValueError(f"more than 100,000 demo items for brand {brand}")
        self._next_ref[brand] = ref + 1
        return make_ean13(f"{prefix}{ref:05d}")

    def _variant(self, *, sku: str, barcode: str | None, title: str, price: int,
                 department: _Department | None, brand: str, index: int) -> Variant:
        assert index < _MAX_VARIANTS
        return Variant(
            id=shopify_gid("ProductVariant",
                           _VARIANT_BASE + self._product_no * _MAX_VARIANTS + index),
            product_id=shopify_gid("Product", _PRODUCT_BASE + self._product_no),
            sku=sku,
            barcode=barcode,
            title=title,
            price_minor=price,
            currency=self._currency,
            tax_class="exempt" if department is None else department.tax_class,
            tracked=department is not None,  # loose produce is sold by weight, not counted
            product_type="Produce" if department is None else department.name,
            vendor=brand or "Local Farms",
        )


def demo_catalog(n_products: int = 2000, *, seed: int = DEMO_SEED,
                 currency: str = "USD") -> list[Variant]:
    """The variants of `n_products` demo products, the same for the same arguments."""
    if not 1 <= n_products <= MAX_DEMO_PRODUCTS:
        raise ValueError(f"the demo store has 1 to {MAX_DEMO_PRODUCTS} products")
    generator = _CatalogGenerator(seed, currency, unique_titles=True)
    variants: list[Variant] = []
    for count, product in enumerate(generator.products(), start=1):
        variants.extend(product)
        if count == n_products:
            break
    return variants


@dataclass(frozen=True, slots=True)
class DemoListing:
    """One demo variant as the demo's Shopify shop lists it."""

    variant: Variant  # exactly as the local demo catalog holds it
    option_title: str  # Shopify's variant title: "Black / M", or "Default Title"
    inventory_item_id: str
    taxable: bool
    stock: Mapping[str, int]  # location name -> available; empty when not tracked


@dataclass(frozen=True, slots=True)
class DemoProduct:
    id: str
    title: str
    product_type: str
    vendor: str
    listings: tuple[DemoListing, ...]


# Units on the shelf at Main Street, by product type: a few of each shirt size, a few
# dozen of a grocery line. One line in twelve is nearly sold out, so the counter's
# "only N left" warning shows up in a demo.
_SHELF = {"Apparel": (2, 9), "Hardware": (3, 14), "Pharmacy": (4, 20), "Pet": (4, 24)}
_SHELF_DEFAULT = (8, 48)


def demo_stock(variant: Variant, seed: int = DEMO_SEED) -> dict[str, int]:
    """Shopify's `available` per location for a demo variant; the same on every run.
    Loose produce is not tracked, so it has none."""
    if not variant.tracked:
        return {}
    # A Random of its own per SKU: the catalog's own draws stay exactly as they were.
    rng = random.Random(f"{seed}/stock/{variant.sku}")
    low, high = _SHELF.get(variant.product_type, _SHELF_DEFAULT)
    shelf = rng.randint(1, 3) if rng.random() < 1 / 12 else rng.randint(low, high)
    return {DEMO_LOCATION: shelf, DEMO_WAREHOUSE: rng.randint(2, 6) * high}


def demo_shop(n_products: int = DEMO_PRODUCTS, *, seed: int = DEMO_SEED,
              currency: str = "USD") -> list[DemoProduct]:
    """The demo store as a Shopify shop: `demo_catalog` grouped into products, with
    Shopify's option titles, inventory item ids, taxable flags and stock levels."""
    taxed = {c.code: bool(c.rates) for c in DEMO_TAX_CLASSES}
    by_product: dict[str, list[Variant]] = {}
    for v in demo_catalog(n_products, seed=seed, currency=currency):
        by_product.setdefault(v.product_id, []).append(v)
    products = []
    for product_id, variants in by_product.items():
        first = variants[0]
        single = len(variants) == 1
        title = first.title if single else first.title.split(" / ", 1)[0]
        listings = tuple(DemoListing(
            variant=v,
            option_title="Default Title" if single else v.title[len(title) + 3:],
            inventory_item_id=shopify_gid(
                "InventoryItem", gid_number(v.id) - _VARIANT_BASE + _ITEM_BASE),
            taxable=taxed[v.tax_class], stock=demo_stock(v, seed)) for v in variants)
        products.append(DemoProduct(product_id, title, first.product_type, first.vendor,
                                    listings))
    return products


@dataclass(frozen=True, slots=True)
class DemoCollection:
    """A custom collection of the demo shop, by title (what commission plans match on)."""

    id: str
    title: str
    handle: str
    product_ids: tuple[str, ...]


STAFF_PICKS = "Staff Picks"
# Each demo collection: its title, its handle, and which products belong, decided from
# the product alone so that any prefix of the catalog has the same members.
_SUMMER = re.compile(r"\b(?:Sunscreen|Ice Cream|Frozen Yogurt|Lemonade|Iced Tea|Sparkling "
                     r"Water|Sports Drink|Watermelon|Shorts|Baseball Cap|Lip Balm)\b")
_COFFEE = re.compile(r"\b(?:Coffee|Tea|Croissants|Blueberry Muffins|Cinnamon Rolls|"
                     r"Half & Half|Heavy Cream)\b")
_SCHOOL = re.compile(r"\b(?:Pens|Highlighters|Markers|Notebook|Composition Book|Sticky "
                     r"Notes|Index Cards|Granola Bars|Backpack)\b")
STAFF_PICK_SHARE = 1 / 10  # about one product in ten, never loose produce


def _staff_pick(product: DemoProduct, seed: int) -> bool:
    if not all(x.variant.tracked and x.variant.barcode for x in product.listings):
        return False
    return random.Random(f"{seed}/staff-pick/{product.id}").random() < STAFF_PICK_SHARE


def demo_collections(products: Sequence[DemoProduct], *,
                     seed: int = DEMO_SEED) -> list[DemoCollection]:
    """The demo shop's custom collections over `products` (from `demo_shop`): Staff
    Picks (a seeded one in ten), Summer, Coffee Corner and Back to School (by title).
    The same products always give the same collections, ids and members."""
    rules: tuple[tuple[str, str, Callable[[DemoProduct], bool]], ...] = (
        (STAFF_PICKS, "staff-picks", lambda p: _staff_pick(p, seed)),
        ("Summer", "summer", lambda p: bool(_SUMMER.search(p.title))),
        ("Coffee Corner", "coffee-corner", lambda p: bool(_COFFEE.search(p.title))),
        ("Back to School", "back-to-school", lambda p: bool(_SCHOOL.search(p.title))),
    )
    return [DemoCollection(shopify_gid("Collection", _COLLECTION_BASE + n), title, handle,
                           tuple(p.id for p in products if member(p)))
            for n, (title, handle, member) in enumerate(rules, start=1)]


def synthetic_variants(n: int, *, seed: int = 7, currency: str = "USD") -> Iterator[Variant]:
    """`n` variants from the demo word lists (titles may repeat), for load tests."""
    generator = _CatalogGenerator(seed, currency, unique_titles=False)
    produced = 0
    for product in generator.products():
        for variant in product:
            if produced == n:
                return
            produced += 1
            yield variant


CSV_COLUMNS = ("sku", "barcode", "title", "price", "tax_class", "tracked", "product_id",
               "product_type", "vendor")


def write_catalog_csv(path: Path, variants: Iterable[Variant]) -> int:
    """Write variants in the `import-catalog` CSV format; returns the number of rows."""
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = safe_writer(fh)
        writer.writerow(CSV_COLUMNS)
        for v in variants:
            writer.writerow((v.sku, v.barcode or "", v.title,
                             str(Money(v.price_minor, v.currency).to_decimal()), v.tax_class,
                             "true" if v.tracked else "false", v.product_id, v.product_type,
                             v.vendor))
            rows += 1
    return rows


def seed_demo(catalog: CatalogRepository, staff: StaffService, *, n_products: int = 2000,
              seed: int = DEMO_SEED, currency: str = "USD",
              progress: Callable[[int, int], None] | None = None) -> DemoSeedReport:
    """Fill the store with the demo catalog, tax classes and staff. Safe to run again:
    variants are upserted by SKU and staff are matched by name."""
    for tax_class in DEMO_TAX_CLASSES:
        catalog.upsert_tax_class(tax_class)
    variants = demo_catalog(n_products, seed=seed, currency=currency)
    written = UpsertResult()
    for start in range(0, len(variants), _BATCH):
        written = written + catalog.upsert_variants(variants[start:start + _BATCH])
        if progress is not None:
            progress(min(start + _BATCH, len(variants)), len(variants))
    existing = {s.name.casefold() for s in staff.list_staff(include_inactive=True)}
    added = 0
    for person in DEMO_STAFF:
        if person.name.casefold() not in existing:
            # One id per demo person on every demo till (merged by id at a sync).
            staff.add_staff(person.name, person.role, person.pin,
                            staff_id=str(uuid.uuid5(_DEMO_STAFF_IDS, person.name)))
            added += 1
    return DemoSeedReport(products=n_products, variants=len(variants), written=written,
                          staff_added=added)
