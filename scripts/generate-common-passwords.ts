/**
 * Writes seed/common-passwords.txt: passwords people pick first, to be refused when a password is set.
 * Not a copy of a leaked list: common words (English, Vietnamese without diacritics, this application's own
 * names) combined with the suffixes people add, plus number and keyboard runs. Lower case; the check folds
 * case and diacritics and also strips leading and trailing digits and symbols (security/password-policy.ts),
 * so "Matkhau@2025" is caught by "matkhau". Run: npx tsx scripts/generate-common-passwords.ts
 */
import { writeFileSync } from 'node:fs';

const WORDS = `password passw0rd p@ssword p@ssw0rd pass passwd secret letmein welcome hello iloveyou loveyou love lover
  admin administrator root user guest test tester demo default changeme login system server master super superman
  batman spiderman dragon monkey tiger lion eagle shadow sunshine princess prince football baseball soccer basketball
  hockey qwerty qwertz azerty abc abcd abcde abcdef abcdefg abcdefgh abc123 trustno1 whatever freedom starwars
  computer internet google facebook youtube samsung iphone apple microsoft windows android killer charlie michael
  jennifer jordan hunter ranger harley thomas robert daniel andrew joshua matthew summer winter spring autumn
  flower cookie chocolate banana orange pepper ginger buster tigger coffee money family friend friends happy
  lucky lucky7 angel baby babygirl babyboy sweet sweety honey girl boy beautiful pretty cute forever always
  matkhau mk matkhaumoi matkhaucuaban matkhau123 anhyeuem emyeuanh yeuem yeuanh yeuemnhieu anhyeuemnhieu
  yeuemmaimai tinhyeu hanhphuc giadinh vietnam vietnamese vn hanoi saigon hochiminh danang hue haiphong cantho
  quangtri dongha camlo vinhlinh gialinh trieuphong hailang huongphong khesanh
  cchc caicach caicachhanhchinh hanhchinh ubnd uybannhandan sonoivu sotuphap sotaichinh quantri quantrivien
  baocao thamdinh lanhdao chamdiem chuyenvien canbo congchuc vienchuc nhanvien ketoan vanthu taikhoan
  xinchao chaoban conmeo concho meomeo gaugau bongda banhmi phobo caphe tra trasua
  nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
  minh anh hoa mai lan linh huong hung dung tuan nam long hai son thanh trang ngoc phuong thao hanh quang
  a aa aaa aaaa q qq qqq z zz zzz x xx xxx`
  .split(/\s+/)
  .filter(Boolean);

// A few suffixed forms are listed for the reader; the check strips digits and symbols at either end anyway.
const SUFFIXES = ['', '1', '123', '@123', '2025'];

const RUNS = [
  '0123456789',
  '1234567890',
  '9876543210',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
  'qazwsxedcrfv',
  'zaq1xsw2cde3',
  'qweasdzxc',
  'poiuytrewq',
  'lkjhgfdsa',
  'mnbvcxz',
  '!@#$%^&*()',
  '1qaz!qaz',
  '1qaz@wsx',
  '!qaz2wsx',
  'qwer1234',
  'asdf1234',
  'zxcv1234',
];

const list = new Set<string>();
for (const word of WORDS) for (const suffix of SUFFIXES) list.add(word + suffix);
for (const run of RUNS)
  for (let start = 0; start < run.length; start++)
    for (let end = start + 6; end <= run.length; end++) list.add(run.slice(start, end));
for (let digit = 0; digit <= 9; digit++)
  for (let length = 6; length <= 16; length++) list.add(String(digit).repeat(length));
for (const pair of ['12', '123', '1234', 'abc', 'ab', 'qwe', 'asd', 'aa', 'hihi', 'haha', 'hehe', 'kaka'])
  list.add(pair.repeat(Math.ceil(12 / pair.length)).slice(0, 12));
// The published demo password and its obvious variants.
for (const year of ['2024', '2025', '2026', '2027'])
  for (const form of ['demo@cchc', 'democchc', 'cchc@', 'demo@', 'admin@', 'matkhau@', 'cchc']) list.add(form + year);

const sorted = [...list].sort();
writeFileSync(new URL('../seed/common-passwords.txt', import.meta.url), `${sorted.join('\n')}\n`);
console.log(`${sorted.length} passwords`);
