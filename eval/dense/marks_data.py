"""Facts and word lists used by generate.py (standard library only, no listing rows).

Everything here is written from general knowledge of brands, trademark registers and
marketplace vocabulary; nothing is copied from the listing files in /work/shared/data.

FAMOUS and REAL: one mark per line, `MARK|display|owner|classes|flags` (FAMOUS) and
`MARK|owner|classes|jurisdiction|flags` (REAL).  Owners are the registrants as commonly known
(a group's IP holding company where that is the usual registrant), classes are the Nice
classes of the mark's main registrations.  flags:
  common   the mark is also an ordinary word (Apple, Shell, Noise, Pears)
  luxury   a mark counterfeiters copy (used for counterfeit-wording positives)
  software a software or media mark (used for piracy positives)
  platform a platform, standard or ingredient brand printed on other companies' goods
"""

FAMOUS = """
APPLE|Apple|Apple Inc.|9;42;35;14|common
IPHONE|iPhone|Apple Inc.|9|
IPAD|iPad|Apple Inc.|9|
AIRPODS|AirPods|Apple Inc.|9|
MACBOOK|MacBook|Apple Inc.|9|
AMAZON|Amazon|Amazon Technologies, Inc.|35;9;42;39|common
KINDLE|Kindle|Amazon Technologies, Inc.|9|common
ECHO|Echo|Amazon Technologies, Inc.|9|common
ALEXA|Alexa|Amazon Technologies, Inc.|9;42|common,platform
FIRE TV|Fire TV|Amazon Technologies, Inc.|9|platform
MICROSOFT|Microsoft|Microsoft Corporation|9;42|software
WINDOWS|Windows|Microsoft Corporation|9|common,software
MICROSOFT OFFICE|Microsoft Office|Microsoft Corporation|9|software
XBOX|Xbox|Microsoft Corporation|9;28|software
GOOGLE|Google|Google LLC|9;35;38;42|
ANDROID|Android|Google LLC|9|platform
CHROMECAST|Chromecast|Google LLC|9|platform
CHROME|Chrome|Google LLC|9|common
YOUTUBE|YouTube|Google LLC|9;38;41|
SAMSUNG|Samsung|Samsung Electronics Co., Ltd.|9;11;7|
GALAXY|Galaxy|Samsung Electronics Co., Ltd.|9|common
COCA-COLA|Coca-Cola|The Coca-Cola Company|32|
FANTA|Fanta|The Coca-Cola Company|32|
SPRITE|Sprite|The Coca-Cola Company|32|common
TOYOTA|Toyota|Toyota Jidosha Kabushiki Kaisha|12|
MERCEDES-BENZ|Mercedes-Benz|Mercedes-Benz Group AG|12|
MCDONALD'S|McDonald's|McDonald's Corporation|43;29;30|
DISNEY|Disney|Disney Enterprises, Inc.|41;28;25;9;16|
MICKEY MOUSE|Mickey Mouse|Disney Enterprises, Inc.|28;25;16|
MARVEL|Marvel|Marvel Characters, Inc.|9;16;25;28;41|common
STAR WARS|Star Wars|Lucasfilm Entertainment Company Ltd. LLC|28;9;25;41|
NIKE|Nike|Nike, Inc.|25;28;18|
JORDAN|Jordan|Nike, Inc.|25;28|common
BMW|BMW|Bayerische Motoren Werke AG|12|
MINI|MINI|Bayerische Motoren Werke AG|12|common
LOUIS VUITTON|Louis Vuitton|Louis Vuitton Malletier|18;25;14;3|luxury
TESLA|Tesla|Tesla, Inc.|12;9|
FACEBOOK|Facebook|Meta Platforms, Inc.|9;35;38;42;45|
INSTAGRAM|Instagram|Instagram, LLC|9;38;42|
WHATSAPP|WhatsApp|WhatsApp LLC|9;38|
CISCO|Cisco|Cisco Technology, Inc.|9|
INTEL|Intel|Intel Corporation|9|platform
IBM|IBM|International Business Machines Corporation|9;42|
SAP|SAP|SAP SE|9;42|common
ADOBE|Adobe|Adobe Inc.|9;42|common,software
PHOTOSHOP|Photoshop|Adobe Inc.|9|software
CHANEL|Chanel|Chanel, Inc.|3;14;18;25|luxury
HERMÈS|Hermès|Hermès International|18;25;14;3|luxury
J.P. MORGAN|J.P. Morgan|JPMorgan Chase & Co.|36|
HONDA|Honda|Honda Motor Co., Ltd.|12;7|
IKEA|IKEA|Inter IKEA Systems B.V.|20;21;35|
PEPSI|Pepsi|PepsiCo, Inc.|32|
UPS|UPS|United Parcel Service of America, Inc.|39|common
ACCENTURE|Accenture|Accenture Global Services Limited|35;42|
AIRBNB|Airbnb|Airbnb, Inc.|43;35;9|
GUCCI|Gucci|Gucci America, Inc.|18;25;14;9;3|luxury
ORACLE|Oracle|Oracle International Corporation|9;42|common
HYUNDAI|Hyundai|Hyundai Motor Company|12|
GE|GE|General Electric Company|7;9;11|
NETFLIX|Netflix|Netflix, Inc.|41;9;38|software
ALLIANZ|Allianz|Allianz SE|36|
SONY|Sony|Sony Group Corporation|9|
PLAYSTATION|PlayStation|Sony Interactive Entertainment Inc.|9;28|software
VISA|Visa|Visa International Service Association|36;9|common
STARBUCKS|Starbucks|Starbucks Corporation|30;43;21|
NESCAFÉ|Nescafé|Société des Produits Nestlé S.A.|30|
NESTLÉ|Nestlé|Société des Produits Nestlé S.A.|29;30;32;5|
NESPRESSO|Nespresso|Société des Produits Nestlé S.A.|30;11|
MAGGI|Maggi|Société des Produits Nestlé S.A.|30;29|
KITKAT|KitKat|Société des Produits Nestlé S.A.|30|
PAYPAL|PayPal|PayPal, Inc.|36;9|
AUDI|Audi|AUDI AG|12|
PORSCHE|Porsche|Dr. Ing. h.c. F. Porsche AG|12;25|
VOLKSWAGEN|Volkswagen|Volkswagen AG|12|
ZARA|Zara|Industria de Diseño Textil, S.A.|25;18;3;35|
AXA|AXA|AXA SA|36|
FERRARI|Ferrari|Ferrari S.p.A.|12;25;28|
NINTENDO|Nintendo|Nintendo Co., Ltd.|9;28|
POKÉMON|Pokémon|Nintendo Co., Ltd.|9;28;16;41|
L'ORÉAL|L'Oréal|L'Oréal|3|
L'ORÉAL PARIS|L'Oréal Paris|L'Oréal|3|
MAYBELLINE|Maybelline|Maybelline LLC|3|
GARNIER|Garnier|Laboratoires Garnier & Cie|3|
JOHN DEERE|John Deere|Deere & Company|7;12;28|
CATERPILLAR|Caterpillar|Caterpillar Inc.|7;12;25|common
H&M|H&M|H & M Hennes & Mauritz AB|25;3;18;35|
MASTERCARD|Mastercard|Mastercard International Incorporated|36;9|
CITI|Citi|Citigroup Inc.|36|
SALESFORCE|Salesforce|Salesforce, Inc.|9;42|
SIEMENS|Siemens|Siemens AG|7;9;11|
DANONE|Danone|Compagnie Gervais Danone|29;32;5|
GILLETTE|Gillette|The Gillette Company LLC|8;3|
HSBC|HSBC|HSBC Group Management Services Limited|36|
NISSAN|Nissan|Nissan Jidosha Kabushiki Kaisha|12|
CANON|Canon|Canon Kabushiki Kaisha|9;16|common
GOLDMAN SACHS|Goldman Sachs|Goldman Sachs & Co. LLC|36|
COLGATE|Colgate|Colgate-Palmolive Company|3;21;5|
3M|3M|3M Company|16;17;1;9;10|
SCOTCH-BRITE|Scotch-Brite|3M Company|21;3|
FEDEX|FedEx|Federal Express Corporation|39|
PHILIPS|Philips|Koninklijke Philips N.V.|9;10;11;8|
KELLOGG'S|Kellogg's|Kellogg North America Company|30;29|
LEGO|LEGO|LEGO Juris A/S|28;9;16|
MORGAN STANLEY|Morgan Stanley|Morgan Stanley|36|
HEWLETT PACKARD ENTERPRISE|Hewlett Packard Enterprise|Hewlett Packard Enterprise Development LP|9;42|
HP|HP|HP Hewlett Packard Group LLC|9;2;16|
CARTIER|Cartier|Cartier International AG|14;18;3|luxury
AMERICAN EXPRESS|American Express|American Express Company|36|
SANTANDER|Santander|Banco Santander, S.A.|36|
DIOR|Dior|Christian Dior Couture|3;25;18;14|luxury
HUAWEI|Huawei|Huawei Technologies Co., Ltd.|9|
LINKEDIN|LinkedIn|LinkedIn Corporation|35;42;9|
BUDWEISER|Budweiser|Anheuser-Busch, LLC|32|
CORONA|Corona|Cervecería Modelo de México, S. de R.L. de C.V.|32|common
KFC|KFC|KFC Corporation|43;29|
JACK DANIEL'S|Jack Daniel's|Jack Daniel's Properties, Inc.|33|
HEINEKEN|Heineken|Heineken Brouwerijen B.V.|32|
EBAY|eBay|eBay Inc.|35;9|
HENNESSY|Hennessy|Jas Hennessy & Co.|33|
PANASONIC|Panasonic|Panasonic Holdings Corporation|9;11;7|
SPOTIFY|Spotify|Spotify AB|9;41;42|software
PRADA|Prada|Prada S.A.|18;25;9;14;3|luxury
BURBERRY|Burberry|Burberry Limited|25;18;3;9|luxury
TIFFANY & CO.|Tiffany & Co.|Tiffany and Company|14|luxury
LAND ROVER|Land Rover|Jaguar Land Rover Limited|12|
RANGE ROVER|Range Rover|Jaguar Land Rover Limited|12|
JAGUAR|Jaguar|Jaguar Land Rover Limited|12|common
RED BULL|Red Bull|Red Bull GmbH|32|
PANDORA|Pandora|Pandora A/S|14|common
SEPHORA|Sephora|Sephora|3;35|
DHL|DHL|Deutsche Post AG|39|
UBER|Uber|Uber Technologies, Inc.|9;39;42|
XIAOMI|Xiaomi|Xiaomi Inc.|9|
NVIDIA|Nvidia|NVIDIA Corporation|9|
KIA|Kia|Kia Corporation|12|
FORD|Ford|Ford Motor Company|12|common
PAMPERS|Pampers|The Procter & Gamble Company|5;3|
JOHNSON & JOHNSON|Johnson & Johnson|Johnson & Johnson|5;3;10|
JOHNSON'S|Johnson's|Johnson & Johnson|3;5|
ADIDAS|adidas|adidas AG|25;28;18|
ZOOM|Zoom|Zoom Video Communications, Inc.|9;38;42|common
PUMA|Puma|PUMA SE|25;28;18|common
REEBOK|Reebok|Reebok International Limited|25;28|
FILA|Fila|Fila Luxembourg S.a.r.l.|25;28;18|
HELLO KITTY|Hello Kitty|Sanrio Company, Ltd.|28;25;16;18;9|
ROLEX|Rolex|Rolex Watch U.S.A., Inc.|14|luxury
LEVI'S|Levi's|Levi Strauss & Co.|25|
RAY-BAN|Ray-Ban|Luxottica Group S.p.A.|9|luxury
OAKLEY|Oakley|Oakley, Inc.|9;25|
MICHAEL KORS|Michael Kors|Michael Kors (Switzerland) International GmbH|18;14;25|luxury
COACH|Coach|Tapestry, Inc.|18;25;14|common,luxury
VERSACE|Versace|Gianni Versace S.r.l.|25;18;3;14|luxury
ARMANI|Armani|Giorgio Armani S.p.A.|25;3;14;18;9|luxury
CALVIN KLEIN|Calvin Klein|Calvin Klein Trademark Trust|25;3;14;18|
TOMMY HILFIGER|Tommy Hilfiger|Tommy Hilfiger Licensing B.V.|25;18;14;3|
RALPH LAUREN|Ralph Lauren|PRL USA Holdings, Inc.|25;3;18|
POLO|Polo|PRL USA Holdings, Inc.|25|common
UNDER ARMOUR|Under Armour|Under Armour, Inc.|25;28|
NEW BALANCE|New Balance|New Balance Athletics, Inc.|25|
CONVERSE|Converse|Converse Inc.|25|common
VANS|Vans|Vans, Inc.|25|common
SKECHERS|Skechers|Skechers U.S.A., Inc. II|25|
CROCS|Crocs|Crocs, Inc.|25|common
THE NORTH FACE|The North Face|The North Face Apparel Corp.|25;18;22|
TIMBERLAND|Timberland|TBL Licensing LLC|25|
UGG|UGG|Deckers Outdoor Corporation|25|
SWAROVSKI|Swarovski|Swarovski Aktiengesellschaft|14;21|luxury
OMEGA|Omega|Omega SA|14|common,luxury
CASIO|Casio|Casio Keisanki Kabushiki Kaisha|14;9|
FOSSIL|Fossil|Fossil Group, Inc.|14;18|common
TAG HEUER|TAG Heuer|LVMH Swiss Manufactures SA|14|luxury
PATEK PHILIPPE|Patek Philippe|Patek Philippe SA Genève|14|luxury
BALENCIAGA|Balenciaga|Balenciaga|25;18|luxury
FENDI|Fendi|Fendi S.r.l.|18;25|luxury
YVES SAINT LAURENT|Yves Saint Laurent|Yves Saint Laurent|3;25;18|luxury
BVLGARI|Bvlgari|Bulgari S.p.A.|14;3|luxury
BOSE|Bose|Bose Corporation|9|
BEATS|Beats|Beats Electronics, LLC|9|common
JBL|JBL|Harman International Industries, Incorporated|9|
SENNHEISER|Sennheiser|Sennheiser electronic GmbH & Co. KG|9|
GOPRO|GoPro|GoPro, Inc.|9|
DELL|Dell|Dell Inc.|9|common
LENOVO|Lenovo|Lenovo (Beijing) Limited|9|
ASUS|ASUS|ASUSTeK Computer Inc.|9|
ACER|Acer|Acer Incorporated|9|
LOGITECH|Logitech|Logitech International S.A.|9|
NIKON|Nikon|Nikon Corporation|9|
KODAK|Kodak|Eastman Kodak Company|1;9;16|
DYSON|Dyson|Dyson Technology Limited|7;11;8|
BOSCH|Bosch|Robert Bosch GmbH|7;9;11|
WHIRLPOOL|Whirlpool|Whirlpool Properties, Inc.|11;7|common
LG|LG|LG Corp.|9;11;7|
NIVEA|Nivea|Beiersdorf AG|3|
DOVE|Dove|Unilever IP Holdings B.V.|3|common
LUX|Lux|Unilever IP Holdings B.V.|3|common
AXE|Axe|Unilever IP Holdings B.V.|3|common
POND'S|Pond's|Conopco, Inc.|3|
VASELINE|Vaseline|Conopco, Inc.|3;5|
LIFEBUOY|Lifebuoy|Unilever IP Holdings B.V.|3;5|common
LAKMÉ|Lakmé|Hindustan Unilever Limited|3|
HEAD & SHOULDERS|Head & Shoulders|The Procter & Gamble Company|3|
PANTENE|Pantene|The Procter & Gamble Company|3|
ORAL-B|Oral-B|The Procter & Gamble Company|21;3|
TIDE|Tide|The Procter & Gamble Company|3|common
ARIEL|Ariel|The Procter & Gamble Company|3|
DETTOL|Dettol|Reckitt & Colman (Overseas) Hygiene Home Limited|5;3|
NUTELLA|Nutella|Ferrero S.p.A.|30|
OREO|Oreo|Intercontinental Great Brands LLC|30|
CADBURY|Cadbury|Cadbury UK Limited|30|
LAY'S|Lay's|Frito-Lay North America, Inc.|29;30|
DORITOS|Doritos|Frito-Lay North America, Inc.|30|
GATORADE|Gatorade|Stokely-Van Camp, Inc.|32|
HEINZ|Heinz|H. J. Heinz Company Brands LLC|29;30|
KNORR|Knorr|Unilever IP Holdings B.V.|29;30|
BARBIE|Barbie|Mattel, Inc.|28|
HOT WHEELS|Hot Wheels|Mattel, Inc.|28|
FISHER-PRICE|Fisher-Price|Mattel, Inc.|28|
HASBRO|Hasbro|Hasbro, Inc.|28|
NERF|Nerf|Hasbro, Inc.|28|
MONOPOLY|Monopoly|Hasbro, Inc.|28|common
PLAY-DOH|Play-Doh|Hasbro, Inc.|28|
HARRY POTTER|Harry Potter|Warner Bros. Entertainment Inc.|9;16;25;28;41|
MINECRAFT|Minecraft|Mojang Synergies AB|9;28;41|software
NORTON|Norton|Gen Digital Inc.|9;42|software
MCAFEE|McAfee|McAfee, LLC|9;42|software
KASPERSKY|Kaspersky|AO Kaspersky Lab|9;42|software
AUTOCAD|AutoCAD|Autodesk, Inc.|9|software
TUPPERWARE|Tupperware|Dart Industries Inc.|21|
PYREX|Pyrex|Corning Incorporated|21|
BLUETOOTH|Bluetooth|Bluetooth SIG, Inc.|9|platform
DOLBY|Dolby|Dolby Laboratories Licensing Corporation|9|platform
WI-FI|Wi-Fi|Wi-Fi Alliance|9|platform
HDMI|HDMI|HDMI Licensing Administrator, Inc.|9|platform
SNAPDRAGON|Snapdragon|Qualcomm Incorporated|9|common,platform
QUALCOMM|Qualcomm|Qualcomm Incorporated|9|platform
DURACELL|Duracell|Duracell U.S. Operations, Inc.|9|
ENERGIZER|Energizer|Energizer Brands, LLC|9|
XEROX|Xerox|Xerox Corporation|9;16;40|
SHELL|Shell|Shell Trademark Management B.V.|4;37|common
CASTROL|Castrol|Castrol Limited|4|
GAP|Gap|Gap (ITM) Inc.|25;35;18|common
UNIQLO|Uniqlo|Fast Retailing Co., Ltd.|25|
VICTORIA'S SECRET|Victoria's Secret|Victoria's Secret Stores Brand Management, LLC|25;3|
LAMBORGHINI|Lamborghini|Automobili Lamborghini S.p.A.|12;25;28|
HARLEY-DAVIDSON|Harley-Davidson|H-D U.S.A., LLC|12;25|
AMUL|Amul|Gujarat Cooperative Milk Marketing Federation Ltd.|29;30;32|
TATA|Tata|Tata Sons Private Limited|30;12;9;36|
HUGGIES|Huggies|Kimberly-Clark Worldwide, Inc.|5|
PEDIGREE|Pedigree|Mars, Incorporated|31|common
WHISKAS|Whiskas|Mars, Incorporated|31|
"""

# Interbrand names that are spelt differently from the register mark.
INTERBRAND_ALIASES = {
    "lgelectronics": "lg",
    "mcdonalds": "mcdonalds",
}

REAL = """
BOAT|Imagine Marketing Limited|9|IN|
NOISE|Nexxbase Marketing Private Limited|9;14|IN|common
PTRON|Palred Electronics Private Limited|9|IN|
ZEBRONICS|Top Notch Infotronix (India) Private Limited|9|IN|
PORTRONICS|Portronics Digital Private Limited|9|IN|
ONEPLUS|OnePlus Technology (Shenzhen) Co., Ltd.|9|CN|
REDMI|Xiaomi Inc.|9|CN|
MI|Xiaomi Inc.|9|CN|
REALME|Realme Chongqing Mobile Telecommunications Corp., Ltd.|9|CN|
OPPO|Guangdong Oppo Mobile Telecommunications Corp., Ltd.|9|CN|
VIVO|Vivo Mobile Communication Co., Ltd.|9|CN|
IQOO|Vivo Mobile Communication Co., Ltd.|9|CN|
SANDISK|SanDisk LLC|9|US|
TP-LINK|TP-Link Corporation Limited|9|CN|
CP PLUS|Aditya Infotech Limited|9|IN|
HAVELLS|Havells India Limited|11;9|IN|
LLOYD|Havells India Limited|11|IN|
CROMPTON|Crompton Greaves Consumer Electricals Limited|11;7|IN|
BAJAJ|Bajaj Electricals Limited|11;7|IN|
USHA|Usha International Limited|7;11|IN|
VOLTAS|Voltas Limited|11|IN|
BLUE STAR|Blue Star Limited|11|IN|
CARRIER|Carrier Corporation|11|US|common
DAIKIN|Daikin Industries, Ltd.|11|JP|
HAIER|Haier Group Corporation|11;7|CN|
IFB|IFB Industries Limited|7;11|IN|
GODREJ|Godrej & Boyce Manufacturing Company Limited|11;20;6|IN|
HISENSE|Hisense Co., Ltd.|9;11|CN|
WIPRO|Wipro Enterprises Private Limited|11;3|IN|
ORIENT ELECTRIC|Orient Electric Limited|11|IN|
ATOMBERG|Atomberg Technologies Private Limited|11;7|IN|
KENT|Kent RO Systems Limited|11|IN|
PRESTIGE|TTK Prestige Limited|21;11|IN|common
PIGEON|Stovekraft Limited|21;11|IN|common
HAWKINS|Hawkins Cookers Limited|21|IN|
MILTON|Hamilton Housewares Private Limited|21|IN|
CELLO|Cello World Limited|21;16|IN|common
BOROSIL|Borosil Limited|21|IN|
TREO|Borosil Limited|21|IN|
LAOPALA|La Opala RG Limited|21|IN|
WONDERCHEF|Wonderchef Home Appliances Private Limited|21;11|IN|
PASABAHCE|Paşabahçe Cam Sanayii ve Ticaret A.Ş.|21|TR|
OCEAN|Ocean Glass Public Company Limited|21|TH|common
FACKELMANN|Fackelmann GmbH + Co. KG|21;8|DE|
BATA|Bata Brands S.A.|25|CH|
CAMPUS|Campus Activewear Limited|25|IN|common
SPARX|Relaxo Footwears Limited|25|IN|
RELAXO|Relaxo Footwears Limited|25|IN|
LIBERTY|Liberty Shoes Limited|25|IN|common
RED TAPE|Mirza International Limited|25|IN|common
RED CHIEF|Leayan Global Private Limited|25|IN|
WOODLAND|Aero Club|25|IN|common
JOCKEY|Jockey International, Inc.|25|US|common
VAN HEUSEN|PVH Corp.|25|US|
ALLEN SOLLY|Aditya Birla Fashion and Retail Limited|25|IN|
PETER ENGLAND|Aditya Birla Fashion and Retail Limited|25|IN|
LOUIS PHILIPPE|Aditya Birla Fashion and Retail Limited|25|IN|
U.S. POLO ASSN.|United States Polo Association|25;18|US|
RUPA|Rupa & Company Limited|25|IN|
DIXCY SCOTT|Dixcy Textiles Private Limited|25|IN|
LUX COZI|Lux Industries Limited|25|IN|
FASTRACK|Titan Company Limited|14;9;18|IN|
TITAN|Titan Company Limited|14|IN|
SONATA|Titan Company Limited|14|IN|common
TANISHQ|Titan Company Limited|14|IN|
TIMEX|Timex Group USA, Inc.|14|US|
SKYBAGS|VIP Industries Limited|18|IN|
VIP|VIP Industries Limited|18|IN|common
SAFARI|Safari Industries (India) Limited|18|IN|common
AMERICAN TOURISTER|Samsonite IP Holdings S.à r.l.|18|LU|
SAMSONITE|Samsonite IP Holdings S.à r.l.|18|LU|
WILDCRAFT|Wildcraft India Limited|18;25;22|IN|
LAVIE|Bagzone Lifestyles Private Limited|18|IN|
BAGGIT|Baggit India Private Limited|18|IN|
HIDESIGN|Hidesign India Private Limited|18|IN|
MALABAR GOLD & DIAMONDS|Malabar Gold Private Limited|14|IN|
JOYALUKKAS|Joyalukkas India Limited|14|IN|
SENCO GOLD|Senco Gold Limited|14|IN|
CANDERE|Kalyan Jewellers India Limited|14|IN|
NIVIA|Freewill Sports Private Limited|28;25|IN|
YONEX|Yonex Kabushiki Kaisha|28|JP|
COSCO|Cosco (India) Limited|28|IN|
LI-NING|Li Ning (China) Sports Goods Co., Ltd.|25;28|CN|
AMAZON BASICS|Amazon Technologies, Inc.|9;21;20|US|
SOLIMO|Amazon Technologies, Inc.|21;20;3|US|
MAMAEARTH|Honasa Consumer Limited|3;5|IN|
HIMALAYA|Himalaya Global Holdings Ltd.|3;5|IN|
BIOTIQUE|Bio Veda Action Research Company|3|IN|
DABUR|Dabur India Limited|3;5;30|IN|
PATANJALI|Patanjali Ayurved Limited|3;5;30|IN|
BAIDYANATH|Shree Baidyanath Ayurved Bhawan Private Limited|5|IN|
FOREST ESSENTIALS|Mountain Valley Springs India Private Limited|3|IN|
LOTUS HERBALS|Lotus Herbals Private Limited|3|IN|
VLCC|VLCC Health Care Limited|3;44|IN|
KAYA|Kaya Limited|3;44|IN|
FOGG|Vini Cosmetics Private Limited|3|IN|
SET WET|Marico Limited|3|IN|
PARACHUTE|Marico Limited|3;29|IN|common
SAFFOLA|Marico Limited|29;30|IN|
FIAMA|ITC Limited|3|IN|
ENGAGE|ITC Limited|3|IN|common
SUNFEAST|ITC Limited|30|IN|
AASHIRVAAD|ITC Limited|30|IN|
BINGO!|ITC Limited|29;30|IN|common
YIPPEE|ITC Limited|30|IN|
SAVLON|ITC Limited|5;3|IN|
CLASSMATE|ITC Limited|16|IN|common
ITC MASTER CHEF|ITC Limited|29|IN|
SANTOOR|Wipro Enterprises Private Limited|3|IN|
YARDLEY LONDON|Wipro Enterprises Private Limited|3|IN|
CINTHOL|Godrej Consumer Products Limited|3|IN|
GODREJ PROTEKT|Godrej Consumer Products Limited|3;5|IN|
GOOD KNIGHT|Godrej Consumer Products Limited|5|IN|
PARK AVENUE|Raymond Limited|3;25|IN|
RAYMOND|Raymond Limited|24;25|IN|
WILD STONE|McNroe Consumer Products Private Limited|3|IN|
BEARDO|Zed Lifestyle Private Limited|3|IN|
THE MAN COMPANY|Helios Lifestyle Private Limited|3|IN|
USTRAA|Happily Unmarried Marketing Private Limited|3|IN|
OLD SPICE|The Procter & Gamble Company|3|US|
OLAY|The Procter & Gamble Company|3|US|
WHISPER|The Procter & Gamble Company|5|US|common
SCHWARZKOPF|Henkel AG & Co. KGaA|3|DE|
TRESEMMÉ|Conopco, Inc.|3|US|
SUNSILK|Unilever IP Holdings B.V.|3|NL|
CLINIC PLUS|Hindustan Unilever Limited|3|IN|
PEARS|Unilever IP Holdings B.V.|3|NL|common
RIN|Hindustan Unilever Limited|3|IN|
VIM|Unilever IP Holdings B.V.|3|NL|common
SURF EXCEL|Hindustan Unilever Limited|3|IN|
PUREIT|Hindustan Unilever Limited|11|IN|
HARPIC|Reckitt Benckiser (Brands) Limited|3;5|GB|
LIZOL|Reckitt Benckiser (Brands) Limited|3;5|GB|
MORTEIN|Reckitt Benckiser (Brands) Limited|5|GB|
ODONIL|Dabur India Limited|3;5|IN|
FEVICOL|Pidilite Industries Limited|1;16|IN|
PIDILITE|Pidilite Industries Limited|1;16|IN|
CAMLIN|Kokuyo Camlin Limited|16;2|IN|
MOTHER DAIRY|Mother Dairy Fruit & Vegetable Private Limited|29;32|IN|
BRITANNIA|Britannia Industries Limited|30|IN|
PARLE|Parle Products Private Limited|30|IN|
HALDIRAM'S|Haldiram Snacks Private Limited|29;30|IN|
MTR|MTR Foods Private Limited|30;29|IN|
MDH|Mahashian Di Hatti Private Limited|30|IN|
EVEREST|S. Narendrakumar & Co.|30|IN|common
CATCH|Dharampal Satyapal Limited|30|IN|common
TATA SAMPANN|Tata Consumer Products Limited|30;29|IN|
TATA TEA|Tata Consumer Products Limited|30|IN|
TETLEY|Tata Consumer Products Limited|30|IN|
BROOKE BOND|Unilever IP Holdings B.V.|30|NL|
BRU|Hindustan Unilever Limited|30|IN|
DEL MONTE|Del Monte International GmbH|29;30;32|CH|
BORGES|Borges Agricultural & Industrial Edible Oils, S.A.U.|29|ES|
FORTUNE|Adani Wilmar Limited|29;30|IN|common
VEEBA|Veeba Food Services Private Limited|30|IN|
KISSAN|Hindustan Unilever Limited|29;30|IN|
CHING'S SECRET|Capital Foods Private Limited|30|IN|
WEIKFIELD|Weikfield Foods Private Limited|30|IN|
DR. OETKER|Dr. August Oetker Nahrungsmittel KG|30|DE|
EPIGAMIA|Drums Food International Private Limited|29|IN|
PAPER BOAT|Hector Beverages Private Limited|32|IN|
REAL|Dabur India Limited|32|IN|common
TROPICANA|Tropicana Products, Inc.|32|US|
BISLERI|Bisleri International Private Limited|32|IN|
THUMS UP|The Coca-Cola Company|32|US|
MAAZA|The Coca-Cola Company|32|US|
FROOTI|Parle Agro Private Limited|32|IN|
BOURNVITA|Cadbury UK Limited|30;32|GB|
COMPLAN|Zydus Wellness Products Limited|29;30;5|IN|
GLUCON-D|Zydus Wellness Products Limited|5;32|IN|
MAMYPOKO|Unicharm Corporation|5|JP|
MEE MEE|Me N Moms Private Limited|21;10;28|IN|
CHICCO|Artsana S.p.A.|10;21;28;25|IT|
SEBAMED|Sebapharma GmbH & Co. KG|3|DE|
CETAPHIL|Galderma Holding S.A.|3|CH|
MINIMALIST|Uprising Science Private Limited|3|IN|common
DOT & KEY|Dot & Key Wellness Limited|3|IN|
PILGRIM|Heavenly Secrets Private Limited|3|IN|common
PLUM|Pureplay Skin Sciences (India) Private Limited|3|IN|common
WOW SKIN SCIENCE|Fit & Glow Healthcare Private Limited|3|IN|
HERBALIFE|Herbalife International, Inc.|5;32|US|
MUSCLEBLAZE|Bright Lifecare Private Limited|5;32|IN|
OPTIMUM NUTRITION|Optimum Nutrition, Inc.|5|US|
GNC|General Nutrition Investment Company|5;35|US|
NATURE'S BOUNTY|Nature's Bounty, Inc.|5|US|
SOLGAR|Solgar, Inc.|5|US|
SWANSON|Swanson Health Products, Inc.|5|US|
SPRING VALLEY|Walmart Apollo, LLC|5|US|
VITAFUSION|Church & Dwight Co., Inc.|5|US|
PURE ENCAPSULATIONS|Pure Encapsulations, LLC|5|US|
ROYAL CANIN|Royal Canin SAS|31|FR|
DROOLS|Drools Pet Food Private Limited|31|IN|
PUREPET|Drools Pet Food Private Limited|31|IN|
STEELBIRD|Steelbird Hi-Tech India Limited|9|IN|
STUDDS|Studds Accessories Limited|9|IN|
HERO|Hero Cycles Limited|12|IN|common
ASIAN PAINTS|Asian Paints Limited|2|IN|
BERGER|Berger Paints India Limited|2|IN|
STANLEY|Stanley Black & Decker, Inc.|8;7|US|
BLACK+DECKER|Black & Decker Inc.|7;8|US|
TAPARIA|Taparia Tools Limited|8|IN|
FUNSKOOL|Funskool (India) Limited|28|IN|
RAVENSBURGER|Ravensburger AG|28;16|DE|
HAMLEYS|Hamleys of London Limited|28;35|GB|
SMARTIVITY|Smartivity Labs Private Limited|28|IN|
FABER-CASTELL|A.W. Faber-Castell Unternehmensverwaltung GmbH & Co. KG|16|DE|
NATARAJ|Hindustan Pencils Private Limited|16|IN|
APSARA|Hindustan Pencils Private Limited|16|IN|
EVEREADY|Eveready Industries India Limited|9;11|IN|
LEE|H.D. Lee Company, Inc.|25|US|
WRANGLER|Wrangler Apparel Corp.|25|US|
PEPE JEANS|Pepe Jeans S.L.|25|ES|
SPYKAR|Spykar Lifestyles Private Limited|25|IN|
FLYING MACHINE|Arvind Limited|25|IN|
MUFTI|Credo Brands Marketing Limited|25|IN|
BIBA|Biba Apparels Private Limited|25|IN|
W|TCNS Clothing Co. Limited|25|IN|
AURELIA|TCNS Clothing Co. Limited|25|IN|
GLOBAL DESI|House of Anita Dongre Limited|25|IN|
FABINDIA|Fabindia Limited|25;24;35|IN|
MANYAVAR|Vedant Fashions Limited|25|IN|
MONTE CARLO|Oswal Woollen Mills Limited|25|IN|
HUSH PUPPIES|Wolverine Outdoors, Inc.|25|US|
METRO|Metro Brands Limited|25;35|IN|common
MOCHI|Metro Brands Limited|25|IN|
KHADIM'S|Khadim India Limited|25|IN|
QUECHUA|Decathlon SE|25;22;28|FR|
WAKEFIT|Wakefit Innovations Private Limited|20|IN|
SLEEPWELL|Sheela Foam Limited|20|IN|
NILKAMAL|Nilkamal Limited|20|IN|
BOMBAY DYEING|The Bombay Dyeing & Manufacturing Company Limited|24|IN|
SPACES|Welspun India Limited|24|IN|common
FRESHO|Supermarket Grocery Supplies Private Limited|31;29|IN|
BB ROYAL|Supermarket Grocery Supplies Private Limited|30;29|IN|
BB HOME|Supermarket Grocery Supplies Private Limited|21;3|IN|
ORGANIC TATTVA|Mehrotra Consumer Products Private Limited|30;29|IN|
24 MANTRA|Sresta Natural Bioproducts Private Limited|30;29;31|IN|
TRUE ELEMENTS|HW Wellness Solutions Private Limited|30|IN|
YOGA BAR|Sprout Life Foods Private Limited|30|IN|
RITEBITE|Naturell (India) Private Limited|30|IN|
HAPPILO|Happilo International Private Limited|29;30|IN|
WINGREENS FARMS|Wingreens Farms Private Limited|29;30|IN|
VAHDAM|Vahdam Teas Private Limited|30|IN|
ORGANIC INDIA|Organic India Private Limited|5;30|IN|
KAPIVA|Adret Retail Private Limited|5|IN|
KERALA AYURVEDA|Kerala Ayurveda Limited|5|IN|
SRI SRI TATTVA|Sriveda Sattva Private Limited|3;5;30|IN|
AROMA MAGIC|Blossom Kochhar Beauty Products Private Limited|3|IN|
REVLON|Revlon Consumer Products Corporation|3|US|
PEPSODENT|Unilever IP Holdings B.V.|3|NL|
CLOSE-UP|Unilever IP Holdings B.V.|3|NL|
SENSODYNE|Haleon UK IP Limited|3;5|GB|
LISTERINE|Johnson & Johnson|3;5|US|
USB-C|USB Implementers Forum, Inc.|9|US|platform
GORILLA GLASS|Corning Incorporated|21;9|US|platform
LYCRA|The LYCRA Company LLC|22;23;24;25|US|platform
TEFLON|The Chemours Company FC, LLC|1;21|US|platform
GORE-TEX|W. L. Gore & Associates, Inc.|25;24|US|platform
VELCRO|Velcro IP Holdings LLC|26|US|platform
MEDIATEK|MediaTek Inc.|9|TW|platform
"""

# Words that are real words in some language: registers hold many of them as marks for goods
# they do not describe.  Coined marks equal to a listing word are dropped, so only the ones
# that never occur in the sampled listings stay in the register.
REAL_WORDS = """
summit harbor willow maple ember falcon cedar meadow velvet nimbus juniper thistle quill
saffron larkspur wren heron lantern compass anchor beacon orchard bramble kestrel marlin
osprey sequoia tundra canyon prairie glacier fjord isle cove brook ridge hollow timber
luna sol cielo fuego tierra brisa nube plata perla estrella alma vida bonito alegria
mariposa paloma sombra lluvia nieve arena selva tesoro corazon sueno dulzura cosecha
dolce amore stella luce fiore vento notte sorriso bellezza giardino cuore nuvola onda
fortuna gioia mare pietra sorgente tramonto alba aurora zefiro tesora
soleil lune fleur belle jardin maison ciel etoile douce reve lumiere ombre sable plume
papillon nuage source foret vague printemps hiver ete automne bijou
sakura yuki hana sora kaze umi tsuki hoshi mizu kumo mori kawa yama niji hikari ame
kokoro haru natsu aki fuyu tori neko inu kame hotaru momiji
sona chandi suraj chanda phool pani roshni sitara gulab moti heera khushi baadal dharti
aasman tara kiran prem shanti jyoti mitti sagar nadi pawan chaand barkha basant sapna
veritas aqua nova ignis ferrum aurum virtus fides terra caelum ventus silva lapis stella
lumen nox astra vox pax
"""

# Syllable inventories of the languages coined marks borrow their sound from.
SYLLABLES = {
    "en": dict(
        on="b bl br c cl cr d dr f fl fr g gl gr h j k l m n p pl pr qu r s sc sk sl sm sn sp st sw t th tr tw v w wr z".split() + [""] * 4,
        nu="a e i o u ea ee oo ai ay ou ow y a e i o".split(),
        co=[""] * 8 + "b ck d ft g k l ll m n nd ng nk nt p r rk rn rt sh sk st t th x z".split(),
        end=[""] * 10 + "ex ix ly io ora era ify ant ent on ar".split(),
    ),
    "la": dict(
        on="c d f g l m n p r s t v qu pr tr cl fl".split() + [""] * 2,
        nu="a e i o u ae au a e i o".split(),
        co=[""] * 6 + "n r s x l m".split(),
        end="us um ia or ix ex is a ens ax on ora ium ius ara ea".split(),
    ),
    "es": dict(
        on="b c ch d f g j l ll m n p r rr s t v z".split() + [""] * 2,
        nu="a e i o u ue ie a e o".split(),
        co=[""] * 8 + "n r s l z".split(),
        end="ito ita ado ada ero era oso osa ez on illa eno a o ina ento".split(),
    ),
    "it": dict(
        on="b c d f g gi l m n p r s t v z ch gl sc".split() + [""] * 2,
        nu="a e i o u ia io a e o".split(),
        co=[""] * 10 + "n r l".split(),
        end="ino ina etta etto ello ella one ona zza cci ani eri ia o a ucci".split(),
    ),
    "ja": dict(
        kana=("ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
              "ma mi mu me mo ya yu yo ra ri ru re ro wa ga gi gu ge go za ji zu ze zo ba bi bu be bo "
              "pa pi pu pe po kyo ryu sho").split(),
    ),
    "hi": dict(
        on="k kh g gh ch j jh t th d dh n p ph b bh m y r l v sh s h".split(),
        nu="a aa i ee u oo e ai o au a a i".split(),
        co=[""] * 8 + "n m r sh".split(),
        end="ika ya am an ita esh ansh veda ra ini ali ana i a ika ay".split(),
    ),
}
LANG_WEIGHTS = [("en", 30), ("la", 14), ("es", 14), ("it", 14), ("ja", 13), ("hi", 15)]

# Common words that follow a coined word in two-word marks.
TAIL_WORDS = ("LABS HOME CO NATURALS NUTRITION ORGANICS WEAR TECH BEAUTY KITCHEN PETS SPORTS GEAR "
              "FOODS BOTANICALS ESSENTIALS STUDIO LIVING AUDIO KIDS BABY CARE WELLNESS APPAREL JEWELS "
              "HERBALS SKIN GOODS SUPPLY WORKS DESIGNS OUTDOORS FARMS HEALTH COSMETICS ELECTRONICS "
              "TOYS COFFEE TEA BAKERY CRAFTS").split()

# Nice class skew: rough share of live word marks per class in large registers
# (9, 35, 25, 42, 41, 5, 3, 30, 28, 21 first).
CLASS_WEIGHTS = {
    9: 100, 35: 92, 25: 80, 42: 62, 41: 60, 5: 52, 3: 50, 30: 36, 28: 35, 21: 30,
    18: 26, 14: 24, 16: 24, 29: 22, 32: 20, 43: 20, 44: 18, 36: 18, 11: 17, 20: 16,
    10: 15, 7: 14, 12: 13, 45: 12, 6: 10, 8: 10, 1: 9, 33: 9, 24: 9, 31: 9, 37: 9,
    38: 8, 39: 8, 40: 7, 4: 5, 2: 5, 19: 5, 17: 5, 22: 4, 26: 4, 27: 4, 13: 3, 15: 3,
    23: 2, 34: 3,
}
RELATED_CLASSES = {
    3: [5, 21, 35, 44], 5: [3, 29, 30, 32, 10, 44], 9: [42, 35, 38, 28, 41], 25: [18, 14, 35, 24, 26],
    18: [25, 14, 35], 14: [25, 18, 35], 35: [9, 41, 42, 25], 41: [9, 35, 16], 42: [9, 35, 45],
    30: [29, 32, 43, 35], 29: [30, 31, 32], 32: [30, 33, 5], 28: [9, 25, 41, 16], 21: [8, 11, 20, 3],
    11: [21, 7, 9], 20: [21, 24, 11], 10: [5, 3, 44], 43: [30, 29, 35], 44: [3, 5, 10],
    16: [41, 9, 28], 12: [9, 7, 37], 31: [5, 29, 3], 24: [25, 20], 8: [21, 7], 7: [8, 11],
    33: [32, 30], 36: [35, 42], 4: [3, 1], 1: [2, 5], 2: [1, 16],
}

OWNER_SUFFIX = {
    "en": ["LLC", "Inc.", "Brands LLC", "Holdings, Inc.", "Labs Inc.", "Co.", "Ltd", "Group LLC"],
    "la": ["GmbH", "AG", "B.V.", "Ltd", "S.A.", "SARL"],
    "es": ["S.A. de C.V.", "S.L.", "S.A."],
    "it": ["S.r.l.", "S.p.A."],
    "ja": ["Kabushiki Kaisha", "Co., Ltd.", "Trading Co., Ltd."],
    "hi": ["Private Limited", "Pvt. Ltd.", "LLP", "Enterprises"],
}

# Ordinary product words that coined marks end up one edit from in a dense register.
SUPPLEMENT_WORDS = """ashwagandha collagen moringa turmeric biotin spirulina shilajit triphala giloy tulsi
brahmi amla neem curcumin melatonin probiotic probiotics creatine glutamine whey elderberry magnesium
zinc selenium lutein quercetin berberine psyllium isabgol chyawanprash gokshura shatavari arjuna
guduchi haritaki kalonji methi fenugreek ginseng maca chlorella inulin keratin retinol niacinamide
hyaluronic ceramide squalane bakuchiol kojic glutathione multivitamin electrolytes gummies
peptides capsules tablets softgels""".split()
INDIAN_WORDS = """atta ghee kurti kurta dupatta besan rava sooji suji poha paneer dahi lassi chana dal
rajma masala jeera ajwain hing haldi mirchi dhania saree sari lehenga salwar churidar zari chikankari
bandhani khadi kadai tawa handi patila katori thali lota diya agarbatti dhoop kajal mehendi mehndi
sindoor bindi payal jhumka jhumki kada chappal mojari jutti namkeen bhujia mathri khakhra papad achar
chutney murukku chakli ladoo laddu barfi halwa kheer jamun rasgulla kulfi paratha roti chapati naan
idli dosa upma sambar rasam biryani pulao makhana jaggery shakkar mishri elaichi kesar saunf amchur
garam tadka dhokla thepla kachori samosa pakora chikki kurtis sarees kurtas dupattas leggings""".split()
ROMANCE_WORDS = """salsa queso dulce leche crema chorizo tortilla nacho nachos jalapeno chipotle churros
paella fromage baguette croissant brioche parfum eau toilette savon creme soleil bonbon gateau
chocolat confiture tapenade pesto penne fusilli farfalle lasagna risotto gelato biscotti espresso
latte mocha frappe cappuccino panini focaccia ciabatta marinara arrabbiata alfredo parmesan
mozzarella ricotta burrata prosciutto salami pepperoni balsamic macaroni spaghetti""".split()
ACRONYM_WORDS = """gmo bpa spf uva uvb led lcd usb pvc abs tpu eva fhd uhd mah rpm bldc hepa aha bha dha
epa mct bcaa eaa fssai isi mrp ipx gsm oled amoled""".split()
