/**
 * Given names that faker's locale tables lack (they favour recent baby names), curated by the
 * project from common usage among adult customers in our markets: older German, Dutch, French,
 * Nordic, Spanish and Italian names, and frequent Turkish, Arabic, South Asian, East Asian and
 * Eastern European names of people living there. Lower-case, one token each.
 */
export const supplementGivenNames = `
jürgen günter günther klaus uwe dieter horst helmut manfred wolfgang rainer jörg holger torsten thorsten ralf
ulrich ute heike birgit renate gisela anke heiko detlef gerd gerhard hartmut hans-peter karl-heinz heinz werner
walter siegfried reinhard lothar volker norbert rüdiger herbert erwin egon alfred gudrun hildegard irmgard
elfriede waltraud annegret margarete marianne roswitha dagmar cornelia angelika martina bettina anja antje
britta jutta gesine wiebke frauke imke hauke knut olaf ole malte nils timo tjark henning arne björn sönke
jeroen joost wouter maarten bram thijs inge marieke anouk femke sanne kees henk gerrit hendrik jaap joop
wim willem klaas dirk geert bart ruud rutger marloes mirjam ingrid annemarie hanneke ilse wilma trijntje
montserrat nuria núria jordi xavier iñaki itziar ainhoa begoña amaia josé josefa mercedes rosario consuelo
concepción encarnación inmaculada remedios milagros soledad asunción francisco manuel antonio
knut olav solveig sigurd torbjørn bjørn trond geir arild leif terje svein stig rune kjell odd gunnar
håkan göran sten bengt lennart ulf kent rolf roger ove tord åke jan-erik birgitta gunilla margareta
ulla ulrika lena kristina karin ingela marie-louise anneli eeva-liisa pirjo raija seppo veikko erkki
ayşe emine fatma hatice zeynep elif merve özlem hülya ahmet mehmet mustafa hüseyin hasan ibrahim ismail
osman yusuf murat emre burak serkan cem kemal orhan recep şükrü ömer mohammed muhammad mohamed mohammad
ahmad ahmed ali omar omer hassan hussein khalid karim tarek walid youssef yousef abdul abdullah rachid
said samir nabil jamal amir reza hamid farid fatima fatemeh aisha aicha khadija leila layla yasmin
yasmina samira nadia amina zahra maryam mariam noor nour salma hana hanna rania dalia
raj rahul amit anil sunil vijay sanjay ravi arjun rohan vikram priya anjali sunita pooja neha kavita
deepa lakshmi divya wei li ming jie lei jun hui xin yan ying hiroshi takashi kenji yuki yuko akiko
keiko naoko haruto sakura minh thanh huong linh nguyen
olena oksana iryna tetiana svitlana natalia nataliya yulia yuliya olha halyna andriy oleksandr oleksiy
dmytro serhiy volodymyr mykola vasyl ivan igor sergei sergey vladimir dmitri dmitry alexei nikolai
andrzej grzegorz jarosław jerzy józef kazimierz krzysztof mirosław ryszard stanisław tadeusz wiesław
zbigniew bogdan danuta grażyna halina jadwiga krystyna teresa urszula wanda bożena elżbieta dorota
beata jolanta iwona mariusz dariusz sławomir
georgina judith judy brenda doreen maureen pauline sheila shirley beverley gillian janice lorraine
marjorie norma yvonne wendy trevor nigel clive colin graham keith malcolm neville roy stuart derek
geoffrey gordon kenneth raymond ronald barry dennis leslie lesley
`
  .split(/\s+/u)
  .filter((n) => n.length > 0);
