/**
 * Larger cities of the markets we serve (EU, UK, CH, NO, US), in local and English spellings,
 * curated by the project. A mention of one says where a person lives or was; words that are
 * also ordinary words in our languages (Nice, Bath, Reading, Split, Mobile) are left out.
 * Country names come from the runtime's ICU data instead (quasi-identifiers.ts).
 */
export const cities = `
Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt|Stuttgart|Düsseldorf|Leipzig|Dortmund|Bremen|Dresden
Hannover|Hanover|Nürnberg|Nuremberg|Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|Münster|Mannheim|Karlsruhe|Augsburg
Wiesbaden|Mönchengladbach|Gelsenkirchen|Aachen|Braunschweig|Kiel|Chemnitz|Magdeburg|Freiburg|Krefeld|Mainz
Lübeck|Erfurt|Oberhausen|Rostock|Kassel|Hagen|Potsdam|Saarbrücken|Hamm|Ludwigshafen|Oldenburg|Osnabrück|Leverkusen
Heidelberg|Darmstadt|Solingen|Regensburg|Herne|Paderborn|Neuss|Ingolstadt|Offenbach|Fürth|Würzburg|Ulm|Heilbronn
Pforzheim|Wolfsburg|Göttingen|Bottrop|Reutlingen|Koblenz|Bremerhaven|Recklinghausen|Bergisch Gladbach|Erlangen
Jena|Remscheid|Trier|Salzgitter|Moers|Siegen|Hildesheim|Cottbus|Gütersloh|Kaiserslautern|Schwerin|Witten|Gera
Iserlohn|Zwickau|Düren|Esslingen|Ratingen|Marl|Lünen|Hanau|Velbert|Ludwigsburg|Flensburg|Tübingen|Villingen
Konstanz|Minden|Worms|Dessau|Bamberg|Bayreuth|Passau|Rosenheim|Landshut|Kempten|Göppingen|Fulda|Gießen|Marburg
Wien|Vienna|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St. Pölten|Dornbirn
Zürich|Zurich|Genf|Genève|Geneva|Basel|Bern|Lausanne|Winterthur|Luzern|Lucerne|St. Gallen|Lugano|Biel
Paris|Marseille|Lyon|Toulouse|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Reims|Toulon|Grenoble|Dijon
Angers|Nîmes|Villeurbanne|Clermont-Ferrand|Le Havre|Aix-en-Provence|Brest|Limoges|Tours|Amiens|Perpignan|Metz
Besançon|Orléans|Rouen|Mulhouse|Caen|Avignon|Poitiers|La Rochelle|Pau|Calais|Cannes|Antibes|Versailles
Bruxelles|Brussel|Brussels|Antwerpen|Anvers|Antwerp|Gent|Gand|Ghent|Charleroi|Liège|Luik|Brugge|Bruges|Namur
Leuven|Louvain|Mons|Bergen|Mechelen|Aalst|Hasselt|Kortrijk|Oostende|Ostend|Luxembourg|Luxemburg
Amsterdam|Rotterdam|Den Haag|Haag|The Hague|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Apeldoorn
Haarlem|Arnhem|Enschede|Amersfoort|Zaanstad|Zwolle|Leiden|Maastricht|Dordrecht|Zoetermeer|Ede|Delft|Alkmaar
Venlo|Deventer|Leeuwarden|Hilversum|Heerlen|Roosendaal|Oss|Helmond|Gouda|Hengelo|Purmerend|Schiedam|Vlaardingen
Madrid|Barcelona|Valencia|Sevilla|Seville|Zaragoza|Málaga|Malaga|Murcia|Palma|Bilbao|Alicante|Córdoba|Valladolid
Vigo|Gijón|Granada|Elche|Oviedo|Badalona|Cartagena|Terrassa|Jerez|Sabadell|Móstoles|Pamplona|Almería|Getafe
Leganés|Fuenlabrada|Alcalá de Henares|San Sebastián|Donostia|Santander|Burgos|Castellón|Albacete|Logroño
Salamanca|Huelva|Marbella|Tarragona|León|Cádiz|Lleida|Girona|Toledo|Santiago de Compostela|A Coruña|Las Palmas
Lisboa|Lisbon|Porto|Braga|Coimbra|Faro
Stockholm|Göteborg|Gothenburg|Malmö|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Jönköping|Norrköping|Lund
Umeå|Gävle|Borås|Södertälje|Eskilstuna|Halmstad|Växjö|Karlstad|Sundsvall|Luleå|Trollhättan|Östersund|Kalmar
Falun|Skövde|Karlskrona|Kristianstad|Visby|Kiruna
København|Copenhagen|Aarhus|Århus|Odense|Aalborg|Esbjerg|Randers|Kolding|Horsens|Vejle|Roskilde|Herning
Oslo|Trondheim|Stavanger|Drammen|Fredrikstad|Kristiansand|Sandnes|Tromsø|Sarpsborg|Skien|Ålesund|Bodø|Bergen
Helsinki|Helsingfors|Espoo|Tampere|Vantaa|Oulu|Turku|Åbo|Jyväskylä|Lahti|Kuopio|Pori|Joensuu|Lappeenranta
Vaasa|Rovaniemi
Roma|Rome|Milano|Milan|Napoli|Naples|Torino|Turin|Palermo|Genova|Genoa|Bologna|Firenze|Bari|Catania|Venezia
Venice|Verona|Messina|Padova|Padua|Trieste|Brescia|Parma|Taranto|Prato|Modena|Reggio Calabria|Reggio Emilia
Perugia|Livorno|Ravenna|Cagliari|Foggia|Rimini|Salerno|Ferrara|Sassari|Monza|Bergamo|Pescara|Trento
Vicenza|Bolzano|Novara|Piacenza|Ancona|Udine|Lecce|Pisa|Siena
Warszawa|Warsaw|Kraków|Krakow|Cracow|Łódź|Lodz|Wrocław|Wroclaw|Poznań|Poznan|Gdańsk|Gdansk|Szczecin|Bydgoszcz
Lublin|Białystok|Katowice|Gdynia|Częstochowa|Radom|Toruń|Sosnowiec|Rzeszów|Kielce|Gliwice|Olsztyn|Zabrze
Bielsko-Biała|Bytom|Zielona Góra|Rybnik|Ruda Śląska|Opole|Tychy|Gorzów Wielkopolski|Elbląg|Płock|Wałbrzych
Praha|Prague|Brno|Ostrava|Bratislava|Košice|Budapest|Debrecen|Szeged|Ljubljana|Zagreb|Bucureşti|București
Bucharest|Cluj-Napoca|Timișoara|Iași|Plovdiv|Varna|Athens|Athina|Thessaloniki|Patras|Heraklion|Nicosia
Limassol|Valletta|Tallinn|Tartu|Riga|Rīga|Vilnius|Kaunas|Dublin|Cork|Limerick|Galway|Waterford|Reykjavík
London|Birmingham|Manchester|Liverpool|Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Coventry|Bradford
Southampton|Portsmouth|Plymouth|Brighton|Hull|Stoke-on-Trent|Wolverhampton|Derby|Swansea|Cardiff|Edinburgh
Glasgow|Aberdeen|Dundee|Inverness|Belfast|Derry|Oxford|Cambridge|York|Norwich|Exeter|Ipswich|Luton|Milton Keynes
Northampton|Peterborough|Sunderland|Middlesbrough|Bournemouth|Swindon|Blackpool|Bolton|Stockport|Huddersfield
Cheltenham|Gloucester|Canterbury|Salisbury|Winchester|Worcester|Hereford|Lancaster|Carlisle|Durham|Harrogate
New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose
Jacksonville|San Francisco|Columbus|Fort Worth|Indianapolis|Seattle|Denver|Washington|Boston|El Paso
Nashville|Detroit|Oklahoma City|Portland|Las Vegas|Memphis|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson
Fresno|Sacramento|Kansas City|Atlanta|Miami|Raleigh|Omaha|Minneapolis|Tulsa|Cleveland|Wichita|New Orleans
Tampa|Honolulu|Pittsburgh|Cincinnati|St. Louis|Orlando|Buffalo|Salt Lake City|Toronto|Montreal|Montréal
Vancouver|Calgary|Ottawa|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Wellington|Istanbul|İstanbul|Ankara
İzmir|Izmir|Antalya|Bursa|Kyiv|Kiev|Lviv|Kharkiv|Odesa|Odessa|Moscow|Moskva|Minsk|Belgrade|Beograd|Sarajevo
`
  .split(/[|\n]/u)
  .map((c) => c.trim())
  .filter((c) => c.length > 0);
