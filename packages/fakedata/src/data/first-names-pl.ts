// Approximate counts (thousands) of living bearers in the PESEL register: only the proportions matter.

export const POLISH_FEMALE_FIRST_NAMES: readonly (readonly [string, number])[] = [
  ['Anna', 1290], ['Katarzyna', 630], ['Małgorzata', 610], ['Maria', 580], ['Agnieszka', 540], ['Barbara', 460],
  ['Ewa', 460], ['Elżbieta', 410], ['Joanna', 400], ['Krystyna', 370], ['Magdalena', 370], ['Monika', 320],
  ['Aleksandra', 300], ['Zofia', 280], ['Teresa', 260], ['Janina', 250], ['Danuta', 250], ['Julia', 250],
  ['Karolina', 240], ['Beata', 240], ['Natalia', 230], ['Marta', 230], ['Dorota', 220], ['Halina', 200],
  ['Jadwiga', 200], ['Jolanta', 190], ['Iwona', 190], ['Zuzanna', 180], ['Paulina', 170], ['Justyna', 170],
  ['Grażyna', 160], ['Bożena', 150], ['Urszula', 150], ['Renata', 140], ['Sylwia', 140], ['Helena', 130],
  ['Hanna', 130], ['Agata', 130], ['Wiktoria', 130], ['Alicja', 120], ['Irena', 120], ['Emilia', 110],
  ['Patrycja', 110], ['Stanisława', 100], ['Weronika', 100], ['Kamila', 100], ['Ewelina', 100], ['Martyna', 100],
  ['Oliwia', 90], ['Maja', 90], ['Dominika', 90], ['Izabela', 90], ['Wanda', 80], ['Lena', 80], ['Edyta', 80],
  ['Aneta', 80], ['Kinga', 70], ['Gabriela', 70], ['Amelia', 70], ['Klaudia', 70], ['Milena', 60],
  ['Wioletta', 60], ['Lucyna', 60], ['Łucja', 50], ['Anita', 50], ['Ilona', 50], ['Angelika', 50],
  ['Mirosława', 50], ['Genowefa', 40], ['Adrianna', 40], ['Żaneta', 30], ['Jagoda', 30], ['Róża', 20],
];

export const POLISH_MALE_FIRST_NAMES: readonly (readonly [string, number])[] = [
  ['Piotr', 680], ['Krzysztof', 620], ['Andrzej', 560], ['Tomasz', 500], ['Jan', 470], ['Paweł', 450],
  ['Michał', 430], ['Marcin', 400], ['Jakub', 350], ['Adam', 350], ['Marek', 330], ['Łukasz', 330],
  ['Grzegorz', 310], ['Mateusz', 300], ['Wojciech', 280], ['Mariusz', 260], ['Dariusz', 260], ['Zbigniew', 240],
  ['Jerzy', 240], ['Stanisław', 240], ['Rafał', 240], ['Kamil', 220], ['Józef', 210], ['Robert', 210],
  ['Jacek', 200], ['Kacper', 180], ['Dawid', 180], ['Ryszard', 170], ['Tadeusz', 170], ['Janusz', 170],
  ['Szymon', 160], ['Maciej', 160], ['Sławomir', 150], ['Artur', 150], ['Przemysław', 140], ['Bartosz', 140],
  ['Kazimierz', 140], ['Sebastian', 140], ['Daniel', 140], ['Damian', 130], ['Roman', 120], ['Filip', 120],
  ['Henryk', 110], ['Adrian', 110], ['Leszek', 110], ['Zdzisław', 100], ['Antoni', 100], ['Mirosław', 100],
  ['Patryk', 100], ['Arkadiusz', 90], ['Waldemar', 90], ['Bogdan', 90], ['Wiesław', 90], ['Dominik', 90],
  ['Karol', 90], ['Aleksander', 90], ['Franciszek', 80], ['Hubert', 70], ['Igor', 60], ['Wiktor', 60],
  ['Oskar', 50], ['Konrad', 50], ['Bartłomiej', 50], ['Radosław', 50], ['Norbert', 40], ['Leon', 40],
  ['Czesław', 40], ['Mieczysław', 40], ['Eugeniusz', 30], ['Stefan', 30], ['Błażej', 30], ['Ignacy', 20],
];
