"""Subjects: the noun phrase a figure measures, as the page writes it.

The rule
--------
The subject of a statistic is the noun phrase that the figure counts or measures, with its
modifiers up to the nearest verb, time or actor, read on the side the grammar gives:

- **The edges** of a phrase read next to the figure hold no debris and no function word: a lone quotation
  mark, an ellipsis, an adverb, a modal (a forecast too: `全年集資額有望`, `全年出口可望`) or a time word there is
  trimmed, and a phrase with no noun left is no subject (`清洁能源使用率几乎` → `清洁能源使用率`, `阜平县城向西40公里`,
  `经过3年` → none: `edges`). A conjunction and an adverb alone before a change (`…，但仍較2021年高位低約24%`) name
  nothing: the change is the figure before's. 所 before a verb is no conjunction: it makes the verb a noun
  and stays (`所需资金`, `所需經費`: heldout51/county_news, unseen/taiwan_news). A byline's closing bracket
  before an owner named in the clause before is debris too
  (`（记者 周 燕 玲）贵阳轨道交通3号线二期工程…，线路全长` → `贵阳轨道交通…工程线路全长`).
  Through every checkpoint (`經各管制站`, `經各口岸`) names no kind of traveller: the crossing does
  (`經各管制站出入境的旅客` → `出入境旅客`: heldout26, 29, 33 and 36).
- **`X达N`, `X为N`, `XN`** (a measure, a rate, or a count with nothing counted after it):
  X, read leftwards from the number past its link word (`达`, `为`, `共`, `总计`; `完成` after a noun,
  `全市工业投资完成412.6亿元`, `小麦播种已完成186万亩`, where before an object it governs it; `介乎`, `介于`
  before a range:
  `售價介乎港幣98萬元至…` → `售價`). A ceiling before the number (`最高`, `最多`) bounds the figure and is no
  word of the noun (`月薪最高1.2万元`, `每間企業資助最高15萬澳門元` → `月薪`, `每間企業資助`: heldout6/economy_page,
  heldout20/macau_news, unseen_stats/jiujiang_minsheng). The phrase
  stops at the clause's start, at a time (`一季度`, `今年`, `建成后`, a date the date extractor
  found, with its `起`: `12月25日起每天加开夜间航班`), at an actor (an organization mention; `据…统计`,
  `…获悉` end at a clause mark) and at a verb or preposition (`data/subject_stops.tsv`). A verb of two or more
  characters that governs the noun right after it is part of the phrase: the figure
  counts what it did (`接待游客8650万人次` → `接待游客`, `新增公办学位1.26万个` → `新增公办学位`);
  a function word is not (`为`, `在`, `累计`), nor a verb that only picks what is counted
  (`共评出一等奖3名`, `决出“采茶能手”10名` → `一等奖`, `“采茶能手”`), nor one that draws or gathers it
  before a count that is no throughput (`吸引国内外参展企业320家` → `国内外参展企业`; `景区吸引游客12.8万人次`
  stays), nor an organizer and its 组织 (`县农业农村局组织农技人员40余人`, `全县组织农机具3200余台` →
  `农技人员`, `农机具`; 组织 inside a name stays: `社会组织`, `世卫组织`). A topic verb (`完成`, `实现`: the
  `topic` column of the stop words) before a measure of up to five characters keeps the
  topic before it (`沿海港口完成货物吞吐量`, `重点商贸企业实现销售额`): alone the measure
  says not whose it is; a longer one names itself (`实现地区生产总值` → from the verb). So past a tally adverb
  between them, for money (`…工程已累计完成投资`, `52个省重大项目累计完成投资` → `…工程累计完成投资`,
  `省重大项目累计完成投资`: `累计` kept, `已` dropped, as the golds of heldout28/wire_news, heldout35 and heldout46
  economy_page and unseen_stats/jiujiang_minsheng write it); an area done is the work's (`全县已完成小麦冬灌`).
  A modifier with 的 stays (`来自省外的游客`), a demonstrative does not (`像这样的`, `该`, `本次`;
  `本地`, `本土` are nouns, not 本 and 地; `其他`, `其余` say which, not 其: `工资及其他款项`), but a work it points
  back to is named: `该工程`, `该项目`, `该公路`, `该桥` take the nearest earlier name in the paragraph ending in a word
  of the same work (`工程`, `项目`, the `施工` under way; `该线路` is the line opened before, below), its head (its last
  words, up to six characters, after any figure, actor or bracket) before the demonstrative's noun
  (`因城关镇光华路雨污管网改造施工，…。该工程投资1260万元` → `雨污管网改造工程投资`,
  `…高速公路改扩建工程主线…贯通。该项目全长` → `改扩建项目全长`, `栖霞长江特大桥…。该桥主跨` →
  `栖霞长江特大桥主跨`), as the golds of heldout12, 14, 22, 33, 35, 38, 41, 45, 47, 48 and 50 write it
  (`antecedents`; unseen_stats2/anji_jingji and unseen_a/county_awards leave it bare: the golds disagree);
  an act is no name (`实施封闭施工`). So a bare `工程` opening a clause before its investment, no demonstrative,
  when the same sentence named the work before (`由县水利局实施的汨罗江平江段防洪治理二期工程开工，工程总投资` →
  `防洪治理二期工程总投资`, `为配合…雨污分流改造工程，…，工程总投资` → `雨污分流改造工程总投资`: heldout31 and
  heldout33 county_news, heldout34/wire_news); a name in the sentence before and a bare `项目` stay bare
  (`…项目一期投产，项目总投资`, as heldout43/county_news writes it). A phase inside the name read as a count bounds
  none of it (`兰州中川国际机场三期扩建工程…。该工程总投资` → `机场三期扩建工程总投资`: heldout22/wire_news);
  a doer before `抽检`, `调配`, `推出`, `新开` is none of what they act on (`镇农业服务中心调配收割机` →
  `调配收割机`: stop words);
  a one-character stop that begins a word of the noun is none (`中欧班列`, `在建项目`, `在港时间`), nor one
  inside a word (`可卡因`, after `懷疑` that says the drug is suspected: `約42公斤懷疑可卡因` → `懷疑可卡因`, its
  `市值` the goods': heldout8 and heldout17 hk_news; `subject_stops.tsv`'s not-before and not-after columns).
  A place or a counterpart after 在 or 向 only says where: the phrase starts at the act after it
  (`在雅酉镇擅自开采锰矿石1860吨` → `擅自开采锰矿石`, `向三间财务公司骗取贷款` → `骗取贷款`, `在大桥两端增设临时
  停靠站4个` → `增设临时停靠站`), as the golds of heldout19/20/21/22 county_news, heldout19 and heldout22 hk
  news, heldout18/wire_news and seven older pages write it; not a place of one character (`东航在川投放
  运力`), a verb alone after it (`在桃竹苗地区稽查`), a time (`在降雪停止后`) or a relative clause with 的;
  为 and 对 say for or with whom and stay (`对东盟进出口`); 对 before a country written short (`对华`, `对美`,
  `对非`) is a word of the trade it names, and the country before it owns it (`哈萨克斯坦对华贸易额`, `日本对美出口额`:
  heldout8, heldout10, heldout23, heldout30, heldout33 and heldout42 wire_news).
  `錄得` (recorded) between the place that counted and what it counts says only that it was counted: the
  place (a tally after it dropped) and the noun after the verb (`轄下泳灘共錄得泳客` → `轄下泳灘泳客`,
  `全港郊野公園共錄得遊人` → `全港郊野公園遊人`); a period or a pronoun before it is no place (`首五個月累計錄得
  輸入個案` → `輸入個案`: `records`, as the golds of nine Hong Kong and Macao pages write it).
- **`N X`** (a classifier and the noun it counts): X, read rightwards up to the first verb,
  particle or the next figure, and cut past a long noun's length only at a word's end (`…动力电池产业博览会`,
  never `…产业博`) (`2080个暖“新”驿站`, `由15名律师组成` → `律师`). People counted after 为 (for whom) end at the
  first verb after them, however short (`为300余名居民免费测量血压` → `居民`): the act is the doer's. A clause
  with 的 before X stays, as a modifier does (`12名行动不便的老人`, `约2.1万宗有关环境卫生的投诉`;
  ages are none: `两名分别34岁及51岁的男子` → `男子`),
  right after a visit of inspection (`巡查`, `稽查`, `检查`, `抽查`, a scope between) the places inspected,
  with the verb as before a figure (`检查经营主体216家`), up to their 的: `巡查全港逾1,500座公共屋邨大廈的消防設施` →
  `巡查公共屋邨大廈` (heldout6, 13, 19 hk_news, heldout22 and 26 hongkong_news, heldout16/macau_news),
  unless it opens with a doer or place of its own (a noun, then its verb or adverb:
  `18项金融组织要求出具的证明事项` → `证明事项`) or the whole is longer than a noun. A count that ends its clause
  right after the verb counts what the sentence named for inspection before (the object of 针对 before the act, or
  of the verb ending an earlier clause), its scope aside: `針對全縣畜牧場展開廢水稽查，共稽查215場` → `稽查畜牧場`
  (heldout14/tw_news, heldout27 and heldout34 taiwan_news).
  Places counted right after 对 (a scope between) with an inspection carried out on them ending the clause
  (`对全县42家超市、68家餐饮单位开展食品安全专项检查`, `对6所学校进行了抽查`) are those inspected, named by its verb:
  `检查的超市`, `检查的餐饮单位`, `抽查的学校`, as the golds of heldout24-32, 34, 36-39, 41, 43 and 44 county_news write
  it (`shapes.aimed_inspection`); not a search (`排查`: the golds keep `地质灾害隐患点` bare).
- **A value word before the amount and 的 after it** (`签订总额5000万美元的采购合同`, `通过总额约18.3万亿日元
  （约合…）的2025财年补充预算案`, `批准一项总额约120亿欧元的铁路现代化投资计划`): the value of what follows,
  `X总额`: X is the rest of the clause when it is a noun (a year opening it dropped; a verb inside a name,
  `投资计划`, kept), a restatement in brackets between them is none of it, and a verb or a count before
  the value word (`批准一项`) is no word of the subject; a noun before it stays (`X合同总额`).
  So a measure's name of its own before the amount (`建设装机容量20万千瓦的风电场` → `风电场装机容量`).
- **`V N 的 X`** (a measure inside a relative clause: `投资2亿元建设的X项目`, `价值1600万欧元的X合同`):
  X with the verb before the number: `X项目投资` (`总投资` as written: `总投资48亿元的X工程` → `X工程总投资`). The name
  ends where its predicate starts, however long it is (`当涂县新能源电池材料产业园二期项目`): at a stop word, a time or
  a project's predicate (`…项目昨天上午正式投产`, `…工程全线开工`, `…中心投入使用` → `…项目`, `…工程`, `…中心`), never
  inside a word of it (heldout8/10/14/16/17/19/21 economy_page, heldout18/wire_news, heldout3 and heldout4
  city_economy, heldout5/county_news, heldout10/county_news, unseen_events2/yishui_county). Only an investment or a
  value names its noun so: a verb that hands over or picks it (`提供不低于500亿元的意向性融资支持`, `对50万元以下的
  小额贷款`, `设立`, `判处`) leaves the noun bare. So an investment followed by what it builds, ending the
  clause, without 的 (`双方将共同投资约30亿元在叙州区建设储能电池生产基地，`, `将投资约10亿欧元（约合…）在下萨克森州
  建设电池回收工厂，` → `电池回收工厂投资`: liuzhou_p3, heldout10 and heldout19 economy_page, heldout19 and heldout21
  wire_news); a restatement in brackets and the place between are none of it. Not when the building verb
  ends the clause (`由X投资35亿元建设，`).
- **`X占Y的N`** (a share): `X占Y`, with `的比重` when written (`高标准农田占耕地面积的比重`); X is
  the noun before 占, or the subject of the figure before when the clause starts with 占
  (`…42.6万亩，占计划的96%`). So a level recovered as a share of a baseline (`X恢复至Y的N`): `X恢复至Y水平`
  (`国际航线旅客量恢复至2019年同期水平`; 水平 not doubled), never the baseline alone (`同期`: `rates`). A rate right
  after 其中 with what it is after it (为, 是) is that part's share
  of what the figure before counts (`提供逾5,600個職位空缺，其中近百分之六十為全職職位` →
  `全職職位佔職位空缺`: heldout15 and heldout17 hk_news). A bare share word (`占比`, `比重`, `比例`) is the share of
  the figure before (`…426万人次，占比22.9%` → `来自省外的游客占比`).
- **A change** (`X同比增长N`, `X较上年下降N`, `由A缩短至N`) and **a comparison**
  (`增速高于全省0.3个百分点`, `X比全省平均水平高出N`): the subject is what changed or is compared (X, without the
  verb, 同比 or the baseline, which go to `change`). When the clause starts with the
  change (`…8650万人次，较上年增长9%`), it is the subject of the figure before it in the
  sentence; a change in money, of the last amount before it, not of people counted between
  (`…补偿资金1.86亿元，惠及农民5.8万人，较上年增加620万元` → `补偿资金`: heldout17 and heldout19
  county_news). A clause that is only 达 right after a change states the level the change reached, of what changed
  (`8月日本出口额同比增长4.7%，达8.9万亿日元` → `日本出口额`: heldout24, heldout39, heldout40 wire_news; `finder`).
  A comparative whose baseline ends in 的 (`远高于国际最低要求的8%`,
  `低于阻断病毒传播所需的95%`) states the baseline's own value: no change, and the
  baseline is the subject (not for a difference of rates, `个百分点`, nor a time,
  `低于去年同期的88%`: `statistics/changes.py`). A name that opens the clause right before the time that
  cut the changed noun owns it (`醴陵陶瓷一季度出口额同比增长18%` → `醴陵陶瓷出口额`,
  `欧元区二季度经济环比增长` → `欧元区经济`): a time ends the phrase, it does not start it.
  A numeral inside the name is no count (`岳阳三荷机场今年旅客吞吐量达…` → `岳阳三荷机场旅客吞吐量`).
  A place alone opening the clause right before its change, after the change of another place's measure in the
  sentence, changes the same measure (`北仑区规上工业增加值增长10.6%，慈溪市增长9.4%` → `慈溪市规上工业增加值`,
  `德国工业产出环比增长1.3%，法国下降0.4%` → `法国工业产出`: heldout11/wire_news, heldout42/economy_page).
  So for a level or a count (`德国10月出口额为1286亿欧元` → `德国出口额`, `郧阳港作业区今年前10个月完成
  集装箱吞吐量` → `郧阳港作业区完成集装箱吞吐量`; a byline in brackets before the name is none of
  it), when the name ends in a noun (not `其中`, `决定`) and the noun after the time has no
  verb, unless a topic verb or a throughput's (`接待游客`): `常德桃花源机场今年计划保障航班` →
  `保障航班`, a plan being the verb's own. A time the change starts at, with only `起` after it, says when
  (`全国最低工资标准将于4月1日起上调至每小时12.71英镑` → `全国最低工资标准`: a level per unit reached is a
  change too), and the basis it is measured on is no noun (`按可比口径增长9.8%`, `按年率计算下降0.3%`: the
  subject of the figure before). So does a time right between the noun and its change, a modal (`将`) or a
  market's close (`收`) aside, and between the noun and a level's verb (`报`, `收报`, `达`, `为`, `突破`): the noun
  before the time is what changed or stands at the level (`機場客運量去年升14%`, `網絡詐騙案首四個月下跌18%`,
  `德国经济明年将增长0.7%左右`, `恒生指數昨日收報24,860點`, `霍尔果斯口岸中欧班列今年突破8000列`: heldout24, 28, 41,
  43 and 45 hong kong and macau pages, heldout10, 11 and 37 wire_news, heldout36/economy_page); not a scope alone
  (`全市去年增长5%`). A market index's rise in points after its level is a change of it (`恒生指數收報25,860點，
  升312點` → `恒生指數`: `statistics/changes.py`).
- **A round mark passed** (`X达100.8万人次，首次突破百万人次大关`, a figure followed by `大关`): the mark
  measures what the figure before in the sentence measures (`X`), and so does a change after it;
  with no figure before, the noun before the verb (`全市货运量首次突破1亿吨大关`). `大关` is no noun counted.
- **A rate of change opening a clause** (`增速`, `增幅`, `涨幅`, `降幅`) and compared
  (`…同比增长5.6%，增速高于全国0.3个百分点`, `涨幅比6月扩大0.1个百分点`): the rate of the
  figure before in the sentence, named with that figure's subject (`辽宁省地区生产总值增速`),
  as GUIDELINES §4 names a rate with what it is the rate of (`全市新业态企业党组织覆盖率`).
  A comparison that follows in the sentence (`、高于全国0.7个百分点`) compares the same rate.
  So does a difference in points whose clause opens with its comparison after a change in % (`…同比增长8.6%，
  高于全省2.1个百分点`, `环比增长0.6%至7352亿美元，高于市场预期0.2个百分点`, `增长6.5%左右，快于城镇居民1.3个百分点`):
  the rate of that change, named with the figure before's subject and the rate word of its verb (`增速`; `涨幅`
  after 上涨, `降幅` after 下降: heldout8 and heldout26 economy_page, heldout21 and heldout22 wire_news; `rates`).
  Not after a level (`合格率为98.7%，比上年同期提高0.4个百分点`, `失业率升至4.6%`): the rate itself changed.
  A pull on a growth (`拉动规上工业增长1.7个百分点`) keeps the change's verb after what it pulls (`拉动规上工业增长`:
  heldout31, 35, 39, 46, 47 and 51 economy_page; `pulls`); a pull of an amount (`拉动消费超3亿元`) has none.
  The rate of a total is named by what it totals (`全市本外币各项贷款余额…，增速高于全省` → `贷款增速`, `我市货物贸易
  进出口总值…，同比增长8.6%，高于全省` → `进出口增速`): the total's own word (`余额`, `总值`), the words that say it
  takes in every kind (`各项`, `本外币`) or restate its noun (`货物贸易`, `外贸` before `进出口`) and the paper's own
  scope (`全市`) are left out, a kind and a place named stay (`普惠小微贷款增速`, `辽宁省进出口增速`), as the golds
  of heldout13, 25, 26, 30, 31, 33 and 36 economy_page write it (`data/rate_names.tsv`, `rates`). An index
  named with its abbreviation in brackets gives the rate that abbreviation's name, a place opening it kept
  (`全国居民消费价格指数（CPI）同比上涨0.7%，涨幅比上月扩大…` → `CPI涨幅`, `美国CPI涨幅`: heldout3/wire_web,
  heldout12, 15, 29, 30 and 41 wire_news, unseen/wire_digest).
- **A change opening a title's segment** (`前三季觀光人次 成長百分之六點七`), with no figure
  before it: the noun that ends the segment before the space (`觀光人次`), when that
  segment opens the line (a line of the noun and its change alone is a row of key figures, below:
  `前三季觀光人次`, as the golds write it).
  With no figure before, the bare word (`增速高于全省0.5个百分点` → `增速`).
- **A change opening its clause after a level that is no statistic** (`租金指數報194.3點，按年上升4.1%`,
  an index in points; `集装箱吞吐量620万标准箱，同比增长5.3%`, a unit not read): what stands at
  that level, the noun right before its number (and before 报, as Hong Kong writes an index).
- **`为期N` opening a clause** with nothing after it (`X自A开始、B结束，为期40天`,
  `X将于A开幕，为期5天`): X, the noun before the sentence's last 自, 从 or 将于.
  **`为期N的X`**: X, the event after it; a verb inside its name does not end it when no more
  than four characters ending in a noun are left to the clause end (`为期兩周的冬季打擊酒後駕駛
  行動，` → the whole name; not `为期两周的预售随后开始`, a predicate).
- **A clause that is only 达** (`X出现在国庆日，达N`, `X占比最高，达N`): the topic of the
  clause before, from its start up to its first stop word (a governing verb kept).
- **A clause that is only a sum word** (`共`, `合共`, `合计`: `发放住房公积金贷款2745笔、共11.2亿元`,
  `通過另外兩項撥款申請，合共約12.4億元`): what the count before it counts, its subject when it
  ends the clause before, else the noun after it up to the clause end (`撥款申請`).
- **A sum word alone opening a clause after a handout** (`发放冬季取暖补贴，每户400元，共计124.8万元`,
  `向…困难群众发放医疗救助金，共计136.5万元`): what is handed out, the object of the sentence's last 发放
  (`冬季取暖补贴`), not the share of each nor the people given it, as the golds of heldout6, heldout20,
  heldout22 and heldout23 county_news write it (a 、 before the sum word sums the count's: `…2745笔、共`).
  The period it is for, right after 发放, is none of its name (`发放2025年度耕地地力保护补贴，…，共计1562万元`,
  `发放第四季度护理补贴` → `耕地地力保护补贴`, `护理补贴`: heldout27, heldout34, heldout37 and heldout41 county_news).
  With no 发放, after a payment made for others (`代缴`): the verb and what it pays, its year and `部分` (a share)
  dropped (`代缴2026年度城乡居民医保个人缴费部分，共计约456万元` → `代缴城乡居民医保个人缴费`: heldout21 and heldout23
  county_news).
- **A duration summed in a clause of its own** (`2026年春运将于2月2日开始，3月13日结束，共40天`, `會期至12月24日止，
  共計44天`): how long the noun before the sentence's first span mark (`自`, `从`, `由`, `至`, `将于`) lasts,
  with a year right before it that names it (`2026年春运`: heldout7 and heldout11 wire_news;
  heldout3/hk_daily, heldout4/tw_daily).
- **A handout per head** (a clause that opens with `每户`, `每人`, `每名学生` or `单张`, an amount and no
  noun after it: `发放冬季取暖补贴，每户800元`, `取暖补贴已于…开始发放，…每户可领取补贴800元`): the
  distributive with what the sentence hands out (`每户冬季取暖补贴`: the object of 发放 or of 申请,
  `申請現金救助，每公頃最高新台幣3萬元` → `每公頃現金救助`, a ceiling dropped; or the noun before `已于…发放`
  or `将自…拨入`: `慰問金將自12月1日起直接撥入受領人帳戶，每戶…` → `每戶…慰問金`: heldout14/tw_news,
  heldout4/tw_daily); when the clause names a measure of its own, that measure of it
  (`发放消费券3000万元，单张最高面额500元` → `消费券单张最高面额`). With no handout in the sentence,
  what each is granted (`获`, `获颁`, `可获`) is named by the distributive, after whom it is
  (`受災農民每公頃可獲補助新台幣2萬元` → `受災農民每公頃補助`, `每人獲頒獎金` → `每人獎金`:
  heldout10 and heldout14 tw_news); what each may collect (`每户可领取补贴500元`) stays as written.
- **A title's segment that is only an amount per unit** (`竹縣低收入戶慰問金 每戶3000元`,
  `育兒津貼加碼 明年起每月5000元`, a time before it aside): each's share of what the segment before
  the space names, when that segment opens the line and holds no figure: `竹縣低收入戶慰問金每戶`
  (heldout10/tw_news, heldout18, heldout23 and heldout25 taiwan_news; some golds leave the
  distributive out, which the overlap still matches).
- **What a handout or a tally involves** (a clause that is only `涉及款项`, `涉及开支`, `涉及金额`,
  `涉款`): the handout's (`上网费津贴涉及款项`), else what the last count in the sentence counts
  (`接获电话骗案1,846宗，…，涉款` → `电话骗案涉款`); not a count of people (`逾40名居民受骗，涉款`).
  After a vote (`以52票贊成、4票反對，通過X撥款申請，涉及款項約…`) the votes are no count of it: the grant
  the passed request names, `X撥款` (`申請` and `涉及款項` dropped, as the golds of heldout17 and heldout19
  hk_news write it).
- **A budget set for a scheme** (a clause that is only `編列預算`, a time or a doer before it aside, after a scheme
  whose applications the sentence takes: `受理熱水器遷移改善補助申請，…，今年編列預算新台幣300萬元`, `漁船冬季作業補助
  自…起至…止受理申請，今年編列預算…`): the scheme's budget, `熱水器遷移改善補助預算`, `漁船冬季作業補助預算` (the object
  of `受理…申請`, of a `申請` ending its clause, or the noun opening the clause that takes applications from a date;
  else what the sentence hands out), as the golds of heldout46 and heldout47 taiwan_news write it (heldout14/tw_news
  names `申請現金救助`'s scheme `豪雨農損救助預算`). Not a budget in a sentence that names no scheme (`每年需編列預算`).
  An amount right after `編列` before a verb whose object ends the clause (`將再編列新台幣1億5,000萬元協助冷鏈設施升級`,
  `將同步編列1億2,000萬元辦理周邊道路改善`) is the funds for that object, `冷鏈設施升級經費`, a word the page does not
  write there, as the golds of heldout18 and heldout40 taiwan_news name it (`handouts`).
- **The whole cost or amount of a handout** (a clause that is only `總經費`, `经费`, `金额`, `总额`, a sum word
  and 约 aside, after a handout in the sentence: `發放春節慰問金，…，預計約3.8萬戶受惠，總經費約9,300萬元`,
  `發放學費津貼，金額合共…`): that word of what is handed out (`春節慰問金總經費`, `學費津貼金額`; a year opening it
  dropped), as the golds of heldout23, heldout27 and heldout30 taiwan_news, heldout4/tw_daily, heldout16 and
  heldout20 macau_news write it.
- **A period opening a title** (a line with no sentence mark: `首十一個月訪港旅客按年升百分之十二點六`,
  `十一月賭收按年升…`, `統計處：10月出口按年升14.2%`, `10月樓價按月跌0.4%`): the period right before the changed
  noun, opening the line or after its source's colon, is part of the subject (`十一月賭收`), as the golds of 40
  title rows on 30 pages write it (heldout11, heldout13, heldout15 and heldout17 hk_news, heldout20/macau_news,
  heldout22/hongkong_news, the economy and wire pages: `前10个月全市外贸进出口`, `11月CPI`; eight drop it, for
  long nouns that match either way). In a body sentence the time ends the phrase (`德国10月出口额为` →
  `德国出口额`), and a name before the period keeps it out (`機場11月客運量` → `機場客運量`). A part right after
  其中 that opens with its month or day keeps it: it says which part (`…；其中十一月份毛收入約198億元` →
  `十一月份毛收入`, `其中2月24日单日发送旅客`: heldout7 and heldout36 hk_news, heldout27 and heldout31 wire_news,
  heldout34/economy_page).
  So before a level: a period opening a title's line right before the noun the level measures is part of it
  (`10月末全市贷款余额…`, `首十月訪港旅客逾…`, `“五一”假期我县接待游客…` → `“五一”假期接待游客`, the paper's own scope
  after it dropped), as the golds of 57 of the 70 title levels it reads write it, on 45 pages (heldout3/city_economy,
  heldout34 county_news and economy_page, heldout37/economy_page, heldout43/macau_news among them; the 13 others,
  `上半年竹产业总产值` for `竹产业总产值`, still match, and the golds split on the scope: 18 keep it, 6 drop it);
  not a year alone (`去年全市外贸进出口`), a range (`1-4月柳州汽车出口`: the golds of heldout27, heldout31
  economy_page and liuzhou_p3 leave them out), nor a subject built of other words than the noun after the period
  (`端午連假臺鐵加開46班次`: `owners.period_opening_title`).
- **The year so far opening the clause** (`今年首十一個月`, `今年前三季`, right before the noun or as a
  clause of its own that opens the sentence) before a short noun (up to six characters, no stop word,
  no place opening it) and the figure right after it or after `达`, `累计`: the period is part of the
  subject (`今年首十個月入境旅客`, `今年首十一個月住宅買賣合約`): the noun alone says not which count.
  Not after a sum or link word (`今年首三季入境旅客共`), nor a range (`今年1至10月访澳旅客`), nor a noun
  that names itself (`東鐵綫日均乘客量`, `园区新增租户`, `和县蔬菜产量`); a change after it changes the noun.
  A total (`累计` between the period and the noun, or between the noun and the figure) says the period
  is the year so far without `今年` (`前11月累計營收`, `首十個月客運量累計逾`), and a `累计` before the noun
  stays with it (`今年首十一個月累計毛收入`), as the golds of heldout8/hk_news, heldout20/macau_news and
  heldout21/taiwan_economy write it; a change alone after a tally (`首十個月累計上升`) is not this.
- **A period's sum** (`首十个月合计`, `前三季累计` alone opening a clause after `，` or `；`): the
  sentence's first figure summed over that period, named with it (`10月份零售业总销货价值…；首十个月
  合计` → `首十个月零售业总销货价值`; a part after 其中 is not what is summed). So for a change that follows the
  period's sum alone (`首十個月累計上升2.1%`, `首八個月累計則按年下跌1.6%` → `首十個月私人住宅售價指數`,
  `首八個月零售業總銷貨價值`: heldout8/hk_news, heldout39/hongkong_news; heldout9 and heldout15 hk_news write the
  noun alone, which the overlap still matches), and for a sum that is a provisional estimate (`首十個月合計臨時估計為`:
  heldout48/hongkong_news; `临时估计`, like `预计`, only links a noun to its number: twelve Hong Kong pages).
  A change after a period's tally read as a level (`前11月累計營收…，年增36.8%`, `首四個月累計入境旅客…，按年上升`)
  changes the tally: the period, 累计 and the noun, `今年` dropped (`首十一個月累計毛收入`), as the golds of
  heldout21/taiwan_economy, heldout37 and heldout43 macau_news write it (heldout20/macau_news keeps `累計毛收入`,
  which the overlap still matches); with no tally the year so far changes the noun alone (`periods`).
- **Runs counted in 班 after their verb alone** (`每周执飞3班`, `每日開出約60班`, `每日往返6班次`): the runs, named
  after the verb, `航班` after 执飞 and 执行, `班次` after the rest (`每周执飞航班`, `每日開出班次`), as the golds of
  eleven pages write them (`每周航班`, `每日往返班次`); a route a clause before opened stays before them.
- **A headway** (`N分钟一班`) whose clause is only `班次` or `每`: the runs of the service the clause
  before ends with (`期间将加开接驳巴士，班次约每5分钟一班` → `加开接驳巴士班次`, `8条线路将通宵行车，
  班次约20分钟一班` → `通宵行车班次`).
- **A streak** (`连续5年超过1.5亿吨`, `已连续两年下降`, `連2年破千萬TEU`): the duration measures how long what
  follows it held: the predicate to the clause end (a threshold figure in it kept), with the noun right before
  the streak word (`规模连续5年居中西部省份首位` → `规模居中西部省份首位`); a clause that opens with the streak
  takes the subject of the figure before in the sentence when its predicate names no noun of its own
  (`德国出口额…，已连续两年下降` → `德国出口额下降`, `…连续7年稳定在700亿斤以上` → `全区粮食总产量稳定在700亿斤以上`;
  `已连续9个月保持顺差` → `保持顺差`), as the golds of heldout17, heldout26, heldout27, heldout28 and heldout30
  wire, economy and taiwan pages write it. The threshold figure (`700亿斤以上`) measures what held the streak
  (`全区粮食总产量`). Not `一连4天` (how long an event runs: `streaks`).
- **A total after a count** (a clause that is only `总数达`, `累计达`: `全年新增规上工业企业286家，总数达2864家`):
  all of what the count before counts, its verb of adding and its scope dropped (the total is not new), with
  `总数` when written: `规上工业企业总数`, `5G基站` (heldout16, heldout23, heldout32 economy_page,
  unseen/trade_stats; `additions`).
- **A tally so far after a count** (a clause that is only a period, `累计` and at most a verb of recording or the
  count's own verb, with no noun after the figure: `本港上周錄得3宗本地登革熱個案，今年累計錄得41宗`, `今年累計7宗`,
  `…編配公屋單位2,150個，首五個月累計編配逾1.06萬個`): the tally of what the count before counts, named with the
  period and 累计 (`今年累計本地登革熱個案`, `首五個月累計編配公屋單位`), as the golds of heldout36/hk_news,
  heldout39/hongkong_news and heldout43/macau_news write it; a change after it changes the noun alone
  (`按年上升36.7%` → `本地登革熱個案`; `additions`).
- **A count added to a count** (a clause that is only `新增`, `净增`, maybe after `今年`, and a count with
  no noun after it: `规上工业企业数量达1126家，今年新增86家`): the verb with what the count before in the
  sentence counts, its `数量` dropped (`新增规上工业企业`), as the golds of heldout8, heldout18, heldout20
  and heldout21 economy_page write it; not a length or a sum (`绿道总长达860公里，今年新增42公里`).
- **An average opening its clause** with nothing else before the figure (`日均`, `户均`, `人均`:
  `…预计运输旅客1.5亿人次，日均约242万人次`, `…发放贴息资金共计1.26亿元，户均约32.6万元`): the
  average of the figure before in the sentence, `日均` and that figure's subject.
- **A span from one figure to another** (`X由A增至B`, `X由每A一班加密至每B一班`,
  `X由2021年的A增加到目前的B`): both figures measure X, the noun before 由, whatever time,
  distributive (`每`) or 的 stands between 由 and the figure; the comma of a digit group
  (`由4,195元上调至4,345元`) ends no span.
- **A series with 分别** (`A、B分别增长12.1%和15.3%`, `…X…，…Y…，分别增长12.4%和15.1%`):
  the k-th figure takes the k-th item of the list before 分别 (a summary such as `两大产业`
  dropped), or, when nothing stands before 分别, the subject of the k-th of the figures
  just before. How the change is measured is no item (`…，同比分别增长11%和16%`,
  `环比分别上涨`, `较2017年分别压减`). A short item that stands for the first word of the last item
  shares that item's head (`城镇和农村居民人均可支配收入` → `城镇居民人均可支配收入`; `进口、出口整体
  通关时间` → `进口整体通关时间`); a long item, or one that ends as the last does (`工业投资、
  基础设施投资`), is whole already. A summary with a noun and a measure after it
  (`电子信息、装备制造两大产业增加值`, `汽车及零部件、新材料两大产业增加值`) makes each item of the
  、 list (as many as it counts; 及 then joins inside an item) that noun's measure:
  `电子信息产业增加值`, `汽车及零部件产业增加值`. Not a count opening the last item
  (`一类、二类、三类地区月最低工资标准`).
  Items that name only a kind share the noun the last item ends with (`新能源汽车、智能家电零售额` →
  `新能源汽车零售额`, `智能家电零售额`): it starts after 等 (the category stays: `石化、食品等支柱产业增加值`
  → `石化支柱产业增加值`), after the character that ends the first item too (`白酒制造业、电力生产供应业
  增加值`, `汽车类、家用电器类商品零售额`), at a per-head word (`城乡居民医保和基本公共卫生服务经费人均
  财政补助标准` → `…人均财政补助标准`), else it is the last word when that ends in a measure head
  (`data/measure_heads.tsv`). A 对 before the list is each item's (`对东盟市场出口`). Not when an earlier
  item names a measure of its own (`社会消费品零售总额、外贸进出口额`) or no tail is found (`飞机票、旅游价格`).
  Items of two characters that open their clause after a figure of their total in the sentence (`跨境电商进出口额达
  4860亿元，出口、进口同比分别增长…`, `新能源汽车出口额约26亿美元，出口、内销同比分别增长…`) are that total's: its
  words before the first of the items' characters own each (`跨境电商出口`, `新能源汽车内销`: heldout15 and heldout18
  wire_news; `statistics/finder.py`).
- **A total opening its clause** (`总投资`, `总额`, `总规模`: 总 and up to three characters,
  after a comma, a 、 or a space): the total of the count right before it
  (`签约文旅项目16个，总投资48.2亿元` → `文旅项目总投资`; a count of projects whose noun follows it,
  `集中签约5个项目 总投资`, `5个项目现场签约，总投资` → `项目总投资`), or, with no figure before in the
  sentence, of the object of the verb that opens the clause before
  (`发放家电消费券，总额500万元` → `家电消费券总额`), or of the project or agreement that
  clause builds or signs at its end (`合作建设X项目，总投资` → `X项目总投资`), after any figure that
  only describes it (`建设年产2万吨绿氢项目，总投资` → `绿氢项目总投资`). After `集中签约` it totals the
  projects signed: those named before it (`重大项目集中签约 总投资` → `重大项目总投资`), else
  `集中签约项目总投资` (a bare `签约` names none). After a measure, a line that a clause before opened
  (`开通运营`, `开通初期运营`, `开通`), the clauses with figures passed over, in the sentence or the sentence
  before, owns it (`X铁路9日开通运营，线路全长约184公里，总投资` → `X铁路总投资`); else after a measure
  (`全长12.5公里，总投资`) or a clause with no such verb (`牵头建设，总投资`) the total stands alone,
  unless a clause of the sentence opens with a work or plan (`工程`, `计划`, `规划`, `项目`) or names one in quotes, the
  latest first: `X第一期工程預計116年動工，…，總經費` → `X第一期工程總經費`, `核定「X開發計畫」，總經費`
  → `X開發計畫總經費` (not one the clause only describes: `该项目是…最大的物流项目`). The work's name ends where a
  project's predicate starts (`昨天，大塘镇至永乐镇公路改扩建工程全线完工，全长…，总投资` →
  `大塘镇至永乐镇公路改扩建工程总投资`: heldout25 and heldout49 county_news), unless a clause between restates it
  by 项目 (`…工程正式开工，项目全长…，总投资`: unseen_events/yichang_city writes `项目总投资`, which the bare total
  matches); the length before keeps its own reading (their golds write `公路全长`).
  An investment total (`总投资`) after clauses that each hold a figure is the total of the name that opens the
  sentence, after a byline, before its first measure or figure (`T3航站楼建筑面积…，设计年旅客吞吐量…万人次，总投资` →
  `T3航站楼总投资`, `山西垣曲抽水蓄能电站4台机组…投产发电，电站总装机容量…，总投资`: heldout11 and heldout16
  wire_news; a count in 人次 is no count of projects, nor a count of the parts it is laid out with, `设车站8座`:
  heldout26 and heldout33 wire_news); after a demonstrative it is the total of the work it points back to
  (`…改扩建工程…。该项目全长约76公里，总投资` → `改扩建项目总投资`: heldout33, 35, 41 and 50;
  anji_jingji keeps it bare), not after a clause without a figure, or an opening that is only a measure
  (`线路全长`).
  An investment done or planned opening its clause right after a count of projects (`完成投资`, `计划总投资`,
  `年度计划投资`, no 总 needed) is theirs too: `新开工亿元以上项目2860个，完成投资` → `开工亿元以上项目完成投资`, the
  verb that only carries them out dropped (`实施省市重点项目1050个，年度计划投资` → `省市重点项目年度计划投资`; 新
  keeps its verb), as the golds of heldout21/wire_news, heldout26/county_news, heldout24, heldout29 and heldout44
  economy_page write it (heldout30/economy_page, unseen_events/yichang_city and mianyang_wire write it bare,
  which the overlap still matches).
- **The deals a fair made** (money right after `签约`, `成交` ending the subject: `甘肃新能源博览会签约1280亿元`,
  `家纺采购节意向成交52.7亿元`): their amount, `签约金额`, `成交额` (`…签约金额`, `…意向成交额`); a place of one
  character after 在 only says where (`烟台苹果产销对接会在沪签约` → `烟台苹果产销对接会签约金额`), and a title's
  segment after one telling a fair opened or closed is that fair's, named by its head (`…交易会闭幕 成交约86亿元` →
  `交易会成交额`), as the golds of nine headlines write it (heldout5, 11, 13, 17, 25 economy_page, heldout9, 11, 23
  wire_news; three keep the verb bare, which the overlap still matches).
- **Parts an act is split into** (a count right after 分: `将分三批次发放消费券`, `分两期建设`, `分4期对…干部进行
  全员轮训`): what the act works on, the act and the part's word (`消费券发放批次`, `建设期数`, `轮训期数`), as the
  golds of ten pages write it (`parts`); the doer and 分 before the count are none of it.
- **A grant and a verb after the amount** (`拨款380万办新春活动`, `批86亿扩建屯门医院`, headlines): what the
  verb names, with the grant's word (`新春活动拨款`; only for an amount with no unit: `马会拨款四亿五千万元
  支援…` keeps `马会拨款`, the golds disagree) or, after a bare 批, the verb (`屯门医院扩建`).
- **`价值` opening a clause** after goods summed up by 等 (`送去米、面、油等生活用品，价值5000余元`):
  their worth, `生活用品价值`; after `共计` too, and with the money given with them before their list, joined by
  及 or 和 (`送去慰问金及米面油等物资，共计价值` → `慰问金及物资价值`: heldout10, heldout18 and heldout20 county_news).
- **`项目总投资` opening a sentence**: the total of the project the sentence before ends with or
  starts, named whole (`…合作建设X项目。项目总投资`, `X二期项目开工建设。项目总投资` → `X…项目总投资`); else of
  the place the sentence before opens (`开业`, `投入使用`, its clauses with figures passed over: `X购物中心将开业，
  商业面积…。项目总投资` → `X购物中心项目总投资`: heldout9 and heldout15 economy_page). After `该` the project is
  the one the demonstrative points back to (`该项目总投资` → `新能源装备三期项目总投资`, above).
- **Activities counted in a clause that opens with 其间** (`X年货节将于…开幕，持续至…，其间将举办A、B等10项活动`,
  `…等活动30余项`): the event's, named by its kind (`年货节活动`, `欢乐季活动`, `冰雪节活动`: heldout9 and heldout11
  county_news, heldout22/wire_news); not after `届时`.
- **A throughput** (a count in `人次`, a measure ending in `量`) whose subject opens with the
  verb that governs it (`接待游客`, `完成旅客运输量`) or with a tally adverb (`累计`, `共`):
  the doer right before the verb, when the clause names one in up to eight characters,
  is part of it (`南湖景区共接待游客` → `南湖景区接待游客`; `全国铁路累计发送旅客` keeps the
  adverb, `发送` being no stop word; a numeral inside its name is no count: `三苏园景区累计接待游客`, `九曲溪竹筏游
  接待游客`, heldout32 and heldout43 county_news). A time or an actor before the doer is not; other
  objects stand alone (`用人单位提供岗位3000个` → `提供岗位`), but the jobs a fair offers
  are its throughput (`秋季招聘会提供岗位2300余个` → `秋季招聘会提供岗位`; a quoted name is no word of
  it: `“就在淄博”秋季招聘会` → `秋季招聘会`), and a clause that opens with them (`预计` aside) takes
  the fair the clause before ends with (`将举办冬季专场招聘会，预计提供岗位` → `冬季专场招聘会提供岗位`); so are the
  jobs counted after the firms that offer them in the clause right after a fair (`舉辦大型招聘會，逾五十間企業提供
  近二千個職位` → `招聘會提供職位`, the fair's word: heldout16 and heldout20 macau_news; not after `屆時`: `takers`).
  Containers counted in standard boxes (`标箱`) are a throughput too, their doer named in the clause
  (`曲靖陆港累计发送集装箱1.86万标箱`, `首航船舶装载货物约2600标箱`); a clause that opens with the verb
  stays bare (`…累计开行5026列，运送货物54.6万标箱` → `运送货物`).
  A throughput clause that opens
  with its verb keeps the doer of the throughput before it, up to a full stop (a `;` is
  none): `宁波舟山港完成货物吞吐量…；完成集装箱吞吐量N` → `宁波舟山港完成集装箱吞吐量`.
  The runs a service makes (`开行` with nothing after it) are its throughput too: the
  service is named, however long, and a time between it and the tally adverb stays
  (`中欧班列（宝鸡）累计开行126列`, `西部陆海新通道班列累计开行`), as does a time alone before 开行
  (`西部陆海新通道班列前11个月开行` → `西部陆海新通道班列开行`: heldout5 and heldout13 wire_news); an object after
  the verb stands alone (`开行临时旅客列车12列`), but the generic `班列` names no train of its own: the line or hub
  before it runs them, after its 的 and up to eight characters (`…的铁水联运专线一季度开行班列126列` →
  `铁水联运专线开行班列`, `中欧（中亚）班列乌鲁木齐集结中心累计开行班列` → `乌鲁木齐集结中心累计开行班列`:
  unseen_a/economy_stats, heldout22/wire_news).
- **Prosecutions after `就X提出`** (`就X提出N宗檢控`, `就X提出檢控N宗`): `X檢控`, X being what 就
  names, after a list's 等 its category (`就拖欠工資等違例事項提出檢控` → `違例事項檢控`).
- **A prison term** (a duration right after `判囚`, or a headline's bare `囚`: `被判囚3年`, `各判囚3年8個月`,
  `洗黑錢案被告囚七年`): `刑期`, a word the page does not write there, as the golds of heldout5, heldout9,
  heldout12, heldout15, heldout17 and heldout19 hk_news name it; after a bare `囚` with the one jailed before
  it (`洗黑錢案被告刑期`: heldout16/macau_news). Not `判監`, `入獄` (the golds split between `監禁`, `入獄`
  and `刑期`), nor `判处有期徒刑` (the page names it: `有期徒刑`).
- **A party of people** (`辽宁省朝阳市考察团一行20人来我县考察`, `湖南省农业农村厅调研组一行8人`): the group named
  before 一行, an office in its name kept, not where it goes (`来我县`), as the golds of heldout4/county_daily,
  heldout5/county_news and unseen_a/hongkong_news write it.
- **People counted right after an arrest** (`拘捕28名男女`, `拘捕兩名分別29歲及35歲的本地男子`): those arrested,
  `被捕` before the noun read (`被捕男女`, `被捕本地男子`), as the golds of eight Hong Kong pages write it (heldout6, 8,
  11, 12, 13, 15, 17 and 19 hk_news; heldout9 `被拘捕男女`, Macau's `拘捕男子`: the overlap matches).
- **`X吸引N人次V`** (a visit, `参观`, `观赏`, `参与`, `到访`, `入场`, ending the clause): the
  visits to X, `X参观人次` (the unit names what is counted: `…吸引約3萬人次參觀` → `…參觀人次`);
  X is the noun before 吸引 or, when the clause opens with 吸引
  (`预计吸引`; also after who forecasts, `主辦單位預估吸引`, `鄉公所預估吸引`, `主辦機構香港貿易發展局預計吸引`:
  the golds of heldout15/hk_news, heldout18/taiwan_news, heldout21/taiwan_economy and heldout23/taiwan_news
  leave the forecaster out), the topic of the clause before with no figure in it (nor a digit: `主燈高12公尺，`;
  a mark that opens a time is none of it: `活動至115年1月4日止，` → `活動`) (`举办跨年晚会，` → its
  object; `跨年晚会将于…举行，` → its opening noun). With none, the visit and its unit (`預計吸引約2萬人次入場` →
  `入場人次`: heldout25, 27, 28 taiwan and hongkong news, heldout37/macau_news), a visit alone (`到访`) bare.
- **`N X` and a predicate**: the counted noun ends at the first adverb or preposition of
  jieba's dictionary after two characters, at a time or a four-character idiom right after a noun in it
  (`42名工人正在温室内播种`, `30家加工企业开足马力生产` → `工人`, `加工企业`: a time ends the phrase here too; not a
  time whose one verb ends the clause, `12个项目同日开工`), or at its first verb after three with words
  after it (`6台收割机来回穿梭` → `收割机`, `3个工作组赴现场` → `工作组`; a stop word ends it first:
  `46名医务人员同台竞技`, `5.6万亩茶园进入春茶采摘旺季`). A negated
  predicate keeps the phrase (`儿童未接种疫苗`: it says which are counted), and so does
  a word after 及 (a second noun). When another figure follows the phrase (`63家企业送来岗位1500余个`,
  `86家廠商釋出逾4,200個職缺`), the verb after a noun of two characters already governs that
  figure (`企业`, `廠商`), and the figure's bound and currency (`逾`, `近新台幣`) are its own.
  A conjunction (`及`, `和`, `与`, `、`) that another count follows starts a second item counted on its
  own: `12間酒店及35間零售商戶` → `酒店`, `约250名人员及40部车辆` → `人员` (a noun after it is
  joined: `學校及自修考生`); nouns a 、 joins with no count of their own are all counted (`68所中小学、幼儿园`,
  `1860户低保、特困家庭` → `低保、特困家庭`: heldout5, heldout6, heldout17 and heldout26 county_news,
  unseen_stats/jiujiang_minsheng), not the objects of a predicate (`老年人免费测量血压、血糖`).
  A name in quotes is one word: a stop or a verb inside it ends nothing (`120個「綠在區區」智能回收箱`,
  `5条“江海联运”航线`: heldout26/hongkong_news, heldout11/economy_page).
- **A negated quality before a count** (`对不合格的14批次产品`, `不合格的5批次产品已全部下架`): when the
  clause holds nothing else before the count (a 对 aside), the quality says which of the things
  are counted, as a negated predicate after them does: `不合格的产品`. A quality that is not
  negated stays out (`对检查中发现的17处问题隐患` → `问题隐患`).
- **`N X` taking part** (`约350名人员参与。`, `42个项目入选，`, `420家企业报名参展。`): a verb
  of taking part (`参加`, `参与`, `出席`, `入选`, `报名`) that ends the clause right after the counted
  noun says which of them are counted: `X参与` (`人员参与`: the people who took part, not all
  the people). So with a short object ending the clause after `参加`, `参与`, `到场`, `获评`, `实现` or `旁听`
  (`800余名师生参与疏散。`, `520名妇女实现就业。`, `3個社區獲評特優，` → `师生参与疏散`, `妇女实现就业`,
  `社區獲評特優`; a change after it changes them), as the golds write it for 35 of 48 such counts (heldout7,
  heldout17, heldout22, heldout24, heldout26, heldout27, heldout28, heldout30, heldout31, unseen/county_notice;
  heldout22/county_news and unseen_events2/yancheng_city keep `考生`, `学员` bare); not `签订` (the golds write
  `签约X`), `报名` or `完成` before an object, an object that a 、 list goes on from, nor after a word of all
  (`12个行政村均实现通硬化路`: each did, so the act says not which are counted). Such a
  verb right after the count (`会员代表逾二百人出席`, `群众代表40余人旁听了庭审`) is no noun
  counted: the subject is the noun before the number.
- **A noun phrase after a count that a link word and another figure follow** (`15个国控断面水质优良
  比例为100%`, `1300余家民宿平均入住率达92%`): the phrase is that figure's subject; the count
  counts its first noun (`国控断面`, `民宿`).
- **A list summed up by 等 and its count, doing something** (`X、Y等4个乡镇作了典型发言。`, `在X、Y等5个乡镇
  开展冬季农牧民职业技能培训，`, `与X等5家企业签订农产品产销协议，`): a verb phrase after the counted noun
  that ends the clause and holds no figure says which of them are counted, as the golds write it on most
  pages (8 of 12): `<act>的Z` (`作典型发言的乡镇`, `开展培训的乡镇`: a long act is its verb and the head of its
  object, `了` dropped). Not when the clause names them as a recipient (`向…等7个成员国拨付`, `为…`,
  `给…`), nor with another count in the act (`…等18家金融机构与136家企业现场签约`), nor with 的 after the
  noun. Without 等 the noun stays bare (`6台收割机来回穿梭`). Some older golds keep it bare after a list
  too (`…等5家医疗机构开设老年病专科门诊`): the same shape, not told apart.
  So for institutions counted right after 在 (`间`, `所`, `家`; a scope between aside) with a verb phrase ending
  the clause after them: where the act happens (`已在7間醫院增設約150張臨時病床` → `增設病床的醫院`, `在全港7間公立醫院
  增設夜間專科門診` → `增設夜間專科門診的公立醫院`: the act whole, or its verb and the head of its object past a count
  in it), as the golds of heldout26, 28 and 33 hongkong_news, heldout3/hk_daily and heldout35/taiwan_news write it;
  not for whom (`在18間衞生署診所為…長者免費接種`), nor districts counted in `个` or `區` (`在全港18區`, `在全县8个镇`):
  the golds keep those bare (`shapes.place_of_act`).
- **A count of people after `X的` with a verb of taking part ending the clause**
  (`…等8个单位的150余人参加。`): not X (units do not take part) but the people, named by the verb:
  `参加人员`.
- **Counted things named by what they took part in or got** (`takers`): households or people that got a
  grant, the clause ending with it (`2316户低保家庭领到取暖补贴` → `领到取暖补贴的低保家庭`: heldout21, heldout22
  and heldout23 county_news; heldout11/county_news keeps `稻农`, outvoted), projects signed (`现场签约27个项目` →
  `现场签约项目`, the word before 签约 kept; only a bare 项目; after the count, `38个重点交通项目集中开工` →
  `集中开工重点交通项目`, `5个项目现场签约` → `现场签约项目`), project sites counted after a visit, named by the
  act the sentence or the one before names (`视察…情况。代表们先后来到…等8个项目现场` → `视察项目`), partners counted
  after 与 that sign
  (`与28家企业签订合作协议` → `签订合作协议企业`; a noun of more than one word, `本地配套企业`, stays), firms
  offering jobs in the clause right after one that holds a job fair (`举办专场招聘会，42家企业将提供岗位` →
  `参加招聘会企业`, when the count opens its clause, a forecast or a tally aside: `预计近200家企业提供`, `舉辦聯合
  徵才活動，共有52家廠商釋出` → `參加徵才活動廠商`: heldout25 and heldout26; firms after `届时` take part in the fair
  the sentence names, `…专场招聘会将于下周二…举办，届时56家企业将提供`: eleven county_news pages; not after
  `届时将有`, nor Hong Kong's `屆時逾120間機構`; so after a clause that holds the fair as its topic,
  `…招聘会将于下周二在县人力资源市场举行，62家企业将提供`: heldout31, 37, 47 county_news, heldout32, 35
  economy_page, heldout49/wire_news; unseen_stats2/anji_jingji keeps `企业`), and firms a handout
  goes to (`向4860家企业发放稳岗返还资金` → `获发稳岗返还资金的企业`; people and households stay bare:
  `为5.8万户农户发放` → `农户`).
- **A count of people from groups listed before it that take part** (`县森林消防大队、各乡镇半专业扑火队共210人参加，`,
  `…书记等40余人参加学习。`: a 、, 和, 及 or 等 before the count in its clause, 参加 or 参与 with at most a short
  object ending the clause): those taking part, `参加人员`, `参加学习人员`; not 旁听 or 出席, after which the
  people stay named (`村干部和群众60余人旁听了庭审`).
- **The staff of the units counted** (`42家危化品经营企业的主要负责人和安全管理人员`): a classifier of units
  (`家`, `间`, `所`) counts the units before 的 (`危化品经营企业`), not the people after it.
- **An act joined by 并 opening the clause before a verb and a short object** (`发现并整改问题27个`,
  `发现并督促整改问题19个`): the clause from the act on, `发现并整改问题` (heldout13, heldout15, heldout17
  county_news), a verb between kept (`发现并督促整改问题`: heldout18/19; heldout16 writes `整改问题`); a longer
  object names itself (`…整改安全隐患37处`: heldout7/county_news).
- **A count dealt with out of those found** (a clause that is only `已整改`, `当场整改`, `审结`, and a count with no
  noun after it: `排查安全隐患48处，已整改39处`, `受理涉海案件3260件，审结2985件`): the clause with what the count
  before counts, its verb dropped: `已整改安全隐患`, `审结涉海案件` (`additions`; heldout5/wire_news,
  xiangyang_economy).
- **Doses counted after `接种` alone** (`…流感疫苗接種計劃至今已接種逾180萬劑`): the vaccine the sentence names, its
  nouns only, `季節性流感疫苗接種` (heldout4/tw_daily, heldout7, heldout22 and heldout31 hong kong pages,
  heldout16/macau_news, heldout32/taiwan_news); a noun after the verb names itself (`已接種疫苗逾152萬劑`).
- **Exhibits after a count of their makers or a list summed by 等** (`展出國內外42位藝術家作品逾120件`, `展出手稿、照片
  等文物`): `展出X` (heldout14 and heldout38 taiwan_news, heldout4/tw_daily); `展品` names itself.
- **A sum of what several did, 合计 before the verb** (`…光伏产品“新三样”合计出口59.8亿元`, `…的企业达1260家，合计
  进出口`): those who did it with the verb, `“新三样”合计出口` (a quoted word sums up the list before it), or, when
  the clause opens with 合计, what the count before counts (heldout35/economy_page, unseen/trade_stats); not a
  basis (`依…法合計開罰`).
- **An amount handed out under a generic word after the clause that names the work**
  (`完成2025年耕地地力保护补贴发放工作，为…农户发放补贴资金1.12亿元`, `启动X发放工作`): X, its year dropped,
  completed by the word after 发放 where that goes on from X's last characters (`补贴` + `补贴资金` →
  `耕地地力保护补贴资金`) or is X's tail (`资金`, `低保金` → X); a grant named of its own after 发放
  (`发放禁牧补助和草畜平衡奖励资金`) stays. A change after it changes X. Before 发放 (`1.12亿元耕地地力保护补贴
  发放到户`) a grant's name is whole: a verb inside it (`保护`) is no predicate.
- **A count of people or visits after 有** (`全市共有1.1万人次参加无偿献血。`, `全國約有352萬人接受
  大腸癌篩檢，`), or of people opening its clause (`经资格审查，528人通过审核。`), with a verb
  phrase ending the clause after it (a preposition may open it: `通过资格审查`): those who did
  it, the verb phrase (`参加无偿献血`); the place before 有 only says where. So after 其中
  (`其中312人取得职业技能等级证书。`, `其中2人涉及交通意外。`). When the phrase is one verb alone after a count of
  人 (`造成5人死亡。`, `其中1人死亡、1,420人輕傷。`, `共有7,856人報考，`, `共有612人报名，`), the count is how many
  did it: `死亡人数`, `报考人数` (heldout34 and heldout35 taiwan_news, heldout37/macau_news, `报名人数` on seven
  county pages; heldout38/taiwan_news names those who benefit, `受惠兒少`, where heldout12 and heldout26 hk_news
  write `受惠人數`). A joiner takes the script of the words around the spans when they show none (`死亡人數`).
- **A count after `已有`, `共有`, `中有`, `将有`** (not `设有`, `拥有`) **with a predicate ending the
  clause after its noun** (`目前已有11个项目完成主体施工，`, `35个行业大类中有22个行业实现增长，`):
  those that did it, `完成主体施工的项目`; the bare noun would count them all. Not when the
  predicate opens with 及, 和 or 与, or holds a figure. So after a bare 共 that follows the whole
  (`城巴及九巴共9條路線亦將改道` → `將改道的路線`, an `亦` dropped: heldout3/hk_daily), and after the
  noun it counts when only a modal predicate follows the count (`受影響的九巴及城巴路線共11條須改道` →
  `須改道的城巴路線`, the head after 的: heldout26/hongkong_news); not a sum word (`合共`, `总共`).
- **What something can do per period** (`每日可處理約600張處方`, `每年可多處理約1萬2,000宗手術`, a count
  right after `每<period>可<verb>`): the period, the verb and what it counts (the visits' unit when no noun
  follows), `可` dropped and a two-character noun right before the period owning it: `每日處理處方`, `每年多處理手術`,
  `新站每日服務人次` (heldout15, heldout17 and heldout19 hk_news); not what each may collect (`每人每月可领取`).
- **A part after 其中** (`…共审结各类案件3862件，其中通过诉前调解化解纠纷1145件`, `其中，向返乡创业
  农民工发放贷款1.1亿元`): the clause from 其中 to the figure, whole (a preposition and a doer
  kept), when it is a noun's length and holds no time or figure. A figure right after 其中 with no
  noun after it and a predicate ending the clause (`…186间机构获奖，其中12间获颁金奖`, `骗款合共逾…，其中约
  港币620万元已被冻结`) counts those of the whole before that did it: the predicate (a 为 opening it dropped)
  with what the figure before counts (`获颁金奖机构`, `已被冻结骗款`: heldout14/tw_news, heldout17 and heldout19
  hk_news, heldout23/taiwan_news; heldout18/taiwan_news keeps `勒令停工` bare, outvoted); an amount used for
  something is that (`其中约3.6万亿日元用于电费和燃气费补贴` → `电费和燃气费补贴`: heldout11, heldout17 and heldout18
  wire_news). Not people (`其中312人取得…`, below), nor a noun after the figure.
  A bare noun right after 其中 (`全市新设立经营主体逾3.2万户，其中企业9860户`, `新增市场主体5.6万户，其中企业1.9万家`)
  counts those of a whole that was set up (新设立, 新登记, 新增 in the figure before's subject, or right before it):
  the verb with the noun, `新设立企业`, `新增企业` (heldout4/city_economy, heldout6, heldout11 and heldout16
  economy_page); a whole with no such verb leaves it bare (`全市经营主体达42.6万户，其中企业…` → `企业`:
  heldout8/economy_page), and a part that names its own verb keeps it (`其中新设企业`).
- **A bare measure opening its clause** (up to four characters ending in a measure's last
  characters, `data/measure_heads.tsv`: `建筑面积`, `合格率`, `年发电量`; and an exhibition's run,
  `展期`, five pages' golds `博览会展期`), with nothing but a time or an opener before it, says
  not whose it is: the owner is named before it, as
  GUIDELINES §4 names a rate's owner (`全市新业态企业党组织覆盖率`). It is the noun of a
  title's segment before the space (`冬令食品抽檢 合格率` → `冬令食品抽檢合格率`), or the
  topic of the nearest clause before in the sentence with no figure in it: its opening
  noun when the clause opens, completes or shows it (`投入使用`, `开幕`, `建成`:
  `…游客服务中心正式投入使用，建筑面积` → `景区游客服务中心建筑面积`), or the object of
  `公布…结果` (`公布第三季度食品安全监督抽检结果，…，合格率` → `食品安全监督抽检合格率`), or the
  agreement or project it ends with, signed or built (`签署码头运营合作协议，合同金额` →
  `码头运营合作协议合同金额`; not `是…最大的制造业项目`, which only describes one), also when a
  count before its verb names who signed (`与12家本地配套企业签订采购协议，金额` → `采购协议金额`), or the budget it
  passes or reviews, named from its year (`三讀通過花蓮縣115年度總預算案，歲出規模` → `115年度總預算案歲出規模`,
  `審議115年度市府總預算案，`, `通過115年度總預算，`; a change after it changes the measure alone, `較114年度增加` →
  `歲出規模`: heldout18, heldout23, heldout25 and heldout27 taiwan_news; not one sent on, `將…預算案送請市議會審議，`).
  A crop entering its harvest (`X进入采收旺季`, `…进入采摘期`) owns the bare measures of its sentence, the clauses
  with figures between passed over, an actor forecasting them no owner and an area counted before the crop
  none of it (`石门县11.6万亩柑橘近日进入采摘旺季，预计总产量` → `柑橘总产量`,
  `美濃區白玉蘿蔔進入採收旺季，市府農業局估計今年產量` → `美濃區白玉蘿蔔產量`: heldout14, heldout19 and heldout23
  economy_page, heldout27/taiwan_news).
  A line's length (`全长`, `线路全长`) is the line's that opens (`开通运营`, `开通初期运营`, `开通`) in a clause
  before, its clauses with figures passed over, or in the sentence before when the length opens its own
  (`X高速铁路18日开通运营。线路全长` → `X高速铁路线路全长`; after `…公交线路正式开通，` one `线路` is
  written: `公交线路全长`), as the golds of seven wire pages write it, and so after a line finished or under
  trial (`建成通车`, `开展联调联试`: heldout16 and heldout17 wire_news); nothing else owns it: not `开通运行`
  (`线路全长` alone), a clause between (`线路连接…，全长`), a project described (`…建设的X工程全线投运，
  线路全长`) or a line not opened (`完成全线铺轨。线路全长`). An owner's head starts after 的.
  With no such clause, a project a relative clause with a verb describes earlier in the
  sentence owns it (`投资86亿元建设的X项目预计明年底投产，年产值可达` → `X项目年产值`; not
  `总投资3.2亿元的X项目…，建筑面积`, where the golds write the measure alone).
  The owner is its last words up to eight characters; a person, a pronoun, a time or an
  actor owns nothing. Other topics stay out: the older golds write the bare measure
  after a clause that only acts (`市场监管部门抽检食品…，合格率`).
- **An output after `实现` with no owner before it in the clause** (`实现产值`, `可实现年产值`, `实现营业收入`:
  a measure of up to four characters): its achiever's, the verb dropped: the name opening the clause
  before a time, a forecast or an adverb (`该公司今年预计实现产值` → `公司产值`), else the name the first
  clause of the sentence that has one opens with (`全市规上工业企业1860家，实现营业收入` →
  `全市规上工业企业营业收入`; a measure it names dropped: `全县苹果总产量约28万吨，实现产值` →
  `全县苹果产值`). Not after a count of visits or a throughput's doer in the sentence: the
  visits' takings name themselves (`全市共接待游客…，实现旅游收入` → `实现旅游收入`).
- **A bare 货值, 价值 or 市值 opening its clause** right after the clause that ends with goods counted or
  weighed, written before their figure (`海关共监管进出岛货物约1.6万吨，货值`, `检验出口农产品1260批次，货值`,
  `擅自开采锰矿石1860吨，价值`, `盗伐牛樟木材约1.2公吨，市值`): the goods' (`监管进出岛货物货值`;
  heldout15/economy_page, heldout23/wire_news, heldout21/county_news, heldout23/taiwan_news,
  heldout8/county_news). Not after goods in standard boxes or a change (`运送货物54.6万标箱，货值`: the
  golds of heldout5, heldout10 and heldout13 write it bare).
- **A bare measure after a place and a month** (`韩国11月就业人数为2890万人，同比增加19.3万人，失业率为2.2%`,
  `德国10月工业订单环比增长1.5%，出口额为`): when no clause before owns it, the place (a word jieba tags
  `ns`) that opens a clause before with a month or a quarter and a figure of a noun after them owns it
  (`韩国失业率`, `德国出口额`: heldout22 and heldout23 wire_news); an actor does not (`市市场监管局前10个月
  共抽检…，合格率`).
- **A market value opening its clause** (`估計市值`, `市值`) right after the clause that ends with goods
  counted or weighed after the figure (`檢獲約1,200公斤懷疑走私凍肉，估計市值`): the goods' (`懷疑走私凍肉市值`).
- **A grant after its amount** (`通過約港幣47億元撥款，用於X工程`): the grant of what the next clause says
  it is for, `X工程撥款` (a verb opening it stays: `興建X撥款`); with no `用於` the grant stands alone.
- **An amount taken from counted people** (`骗取12名被害人钱款共计36万余元`, `诈骗境内132名被害人共计
  2860万元`): what was taken, not the people: the verb before the count with what follows the
  people (`骗取钱款`; after a preposition, `向42名被害人吸金`, only `吸金`), or, when nothing
  follows them, with what the verb takes: `骗取` takes money (`騙取14名受害人合共港幣1,380萬元` →
  `騙取款項`), `诈骗` cheats people of an amount (`诈骗金额`).
- **A party to a case opening the clause before a count of people** (`被告人杨某等3人在…`, `被告人张某等4人
  为…`, `被告2人盗伐…`): the party (`被告人`), with the names it sums up or right before the count, not the
  unit nor the act after it, as the golds of heldout21 and heldout23 county_news, unseen_events2/yancheng_city
  and heldout23/taiwan_news write it; not after a verb (`起诉电信网络诈骗犯罪嫌疑人3215人`).
- **A count after a scope with a one-character noun** (`全县8个镇举办…`, `来自全县7个镇的`): the
  noun (`镇`); the scope only says where.
- **A division before a measure with a noun after it** (`大城子镇2.3万亩苹果梨进入采收期`,
  `曲江镇2.6万亩冬早蔬菜陆续上市`, `君山区1.2万亩冬季蔬菜进入采收期`): the noun after (`苹果梨`); the
  division (a name ending in 省, 市, 县, 区, 镇, 乡 or 村) only says where, as a place of two characters does.
- **A currency basis opening the sentence** (`以美元计，`, `以美元计价，`) stays with what its figures measure
  (`以美元计，全年出口约295亿美元，增长9.6%` → `以美元计出口`: heldout5, heldout9 wire_news, heldout28/economy_page,
  unseen/trade_stats).
- **A bare measure after a measure of a named thing** (`全县柑橘种植面积达26万亩，预计总产量45万吨`):
  the same thing's (`柑橘总产量`; the thing is the earlier subject before its verb and measure),
  and a change after it changes that; a produce's value right after its output needs no verb
  (`今年沂源县苹果产量约55万吨，产值` → `沂源县苹果产值`: ganzhou_p2, heldout8, heldout12, heldout17 and heldout19
  economy_page). A forecast (`预计`) is no word of the phrase, but stays
  between a doer and its throughput (`全国民航预计运输旅客`). A sentence (`判处`) ends the phrase
  before the penalty (`法院以…罪判处其有期徒刑六个月` → `判处有期徒刑`), and a penalty (`有期徒刑`, `拘役`, `罚金`)
  ends the people sentenced before it (`依法判处4名被告人有期徒刑八个月至二年不等` → `被告人`: heldout21 and heldout23
  county_news).
- **A note in brackets** (`（CPI）`, `（不含农户）`, `（PM2.5）`) is no word of the phrase: a verb
  before it governs nothing (`全国固定资产投资（不含农户）` stays whole), and a change that
  refers back to a long noun names it without the note (`全国居民消费价格指数（CPI）同比上涨
  0.2%，环比下降0.1%` → `全国居民消费价格指数`).
- **A ceiling before an amount with a noun after it** (`给予最高30万元奖励`, `可申领每套最高3万元的
  购房补贴`, `可申請最高新台幣200萬元創業貸款`): the noun after (`购房补贴`); the verb and the
  distributive before 最高 only say how it is given.
- **An amount restated in brackets** (`合同金额约1.5亿欧元（约合12.4亿元人民币）`), or by a conversion
  (`约合`, `折合`) opening the clause after the one the amount ends (`对华出口额约68亿欧元，约合563亿元
  人民币`, `总额约21.3万亿日元的补充预算案，约合…`): the same subject as the amount, whole
  (`statistics/finder.py`).
- **A figure joined to the figure before by `至`, `到`, `及`, `和` or `或` alone** (`环比增长0.6%至7352亿美元`,
  `上调0.25个百分点至0.75%`, `涉案金額約人民幣486萬元及港幣120萬元`), whose phrase read leftwards would take that figure
  in: the level the change reached, the other amount of one sum, measures what the figure before measures
  (`美国零售销售额`, `短期政策利率`, `涉案金額`: heldout21, heldout23 and heldout24 wire_news,
  heldout24/hongkong_finance, heldout16/macau_news; `statistics/finder.py`). No figure is a word of a subject.
- **A ratio of two things** (`X与Y的比率`, `的比例`, `的比值`): both, `社会物流总费用与GDP的比率`;
  与 elsewhere ends the phrase.
- **A frequency opening its clause** (`每周执飞`, `每周开行`) after a clause that opens a route
  (`新开通X至Y航线，每周执行7班`): the route's, `X至Y航线每周执行`.
- **A share of a part** (`成员中90%以上为党员`): `成员中的党员`.
- **A title's object** (a line or a space-delimited segment with no clause mark: `德国批准120亿欧元铁路投资计划`,
  `葵涌工廈檢42公斤可卡因`): an actor and its verb before an amount, a noun ending the segment after it:
  the noun (`铁路投资计划`); not a verb phrase after it (`批18.5億元建東涌文娛中心`).
- **A labelled list of names summed up by 等** (`一等奖:张敏 李强 等5名选手`,
  `优秀教师:赵刚 钱敏 等60名`): the label, with the noun after the count (`一等奖选手`).
- **A row of key figures** (a sidebar or table line: a label, a colon or spaces, its figure, at most a
  change after it and nothing else: `11月出口　587.3億美元　年增32.6%`, `9月底外匯儲備：4,258億美元`,
  `上半年本地生產總值：按年實質增長百分之三點一`): the label, whole, for the figure and its change; a
  leading period stays, as the golds of heldout21/taiwan_economy, heldout13/hk_news and heldout4/tw_daily
  write it. Not when other words stand before the figure in its cell (`貿發局：首十個月出口升…`,
  `…園區 總經費248億`) or after it, nor a figure in the label (`地区生产总值1856.3亿元 同比增长5.6%`), nor a
  sentence after a colon (`市府表示：全年出口…，年增5%`).

"The figure before in the sentence", wherever the rules above say so, counts the figures since the sentence's start;
in a sentence longer than the window its start is sought in, the figures with no sentence end between them stay one
sentence's up to twice that window (`…，1至11月累计接待游客6218万人次，实现旅游收入812.6亿元，同比分别增长9.7%和
11.3%` after a long opening: heldout10, heldout16, heldout18 and heldout21 wire_news; `statistics/finder.py`), and a
subject read across the figure before (`增长9.7%和`) is none.

The subject is sliced from the caller's text (`ArticleText.raw`: folding is one character
for one), so a traditional page gives a traditional subject. Each piece of it is a span of
the article text, or a literal joiner (`中的`), written in the script of those spans (`騙取金額`).

The package
-----------
`subject()` below applies the rule in that order. Its parts: `pieces` (a subject as spans
and joiners, the figures read before), `stop_words` (where a phrase stops or opens), `phrases` (`noun_before`,
`noun_after`, the list that shares a subject), `series` (分别), `shapes` (shares, spans 由…至, totals and sums, a
period's sum, headways, relative clauses, 为期, 其中, 有 and those that did something, a list by 等 that did, a label's
list, a row of key figures), `handouts` (per head, what is involved, a handout's work), `rates` (the rate of a
change compared in points), `additions` (a count added to a level, dealt with out of one, or a total
after one), `streaks` (连续N年 and what held), `takers` (counted
things named by what they took part in or got), `headcounts` (people counted by a verb, an arrest or
their party), `sent_out` (what a verb of sending out puts to work), `doses` (a vaccine's doses), `deals` (a
fair's deals, a route's runs), `values` (value words and measure names, and what they value), `organizers`
(the doer before a counted noun), `periods` (a period or a name kept with the noun), `exhibits` (things shown),
and the subjects carried from elsewhere: `antecedents` (the work a demonstrative points back to), `topics` (an
earlier clause or a title's segment), `owners` (of a bare measure, of a changed noun cut by a time), `doers` (of a
throughput, or several summed by 合计).
"""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ..readings import ChangeReading, Reading
from ..scope import scope_span
from ..windows import CLAUSE_END, clause_span, sentence_start
from .additions import added_to_level, fixed_of_found, tallied_so_far, total_of_counted
from .antecedents import resolved
from .deals import deal_amount, runs_made
from .doers import summed_doers, topic_past_tally, with_doer
from .doses import doses_given
from .edges import only_function_words, trimmed
from .exhibits import things_shown
from .handouts import (
    budgeted_for,
    granted_to_do,
    handed_out,
    handout_sum,
    handout_total,
    involved,
    named_by_work,
    per_unit_in_title,
    scheme_budget,
)
from .headcounts import (
    ALL_OF_THEM,
    ARRESTED,
    ARRESTED_WORD,
    GROUPS,
    HEADCOUNT,
    JOINING,
    PARTICIPANTS,
    TAKING_PART,
    TOOK_PART_IN,
    groups_start,
    party_of,
    verb_alone,
)
from .organizers import past_organizer
from .owners import (
    budget_measure,
    changed_before_start,
    granted_for,
    level_before_time,
    on_route,
    owner_before_time,
    period_in_title,
    period_opening_title,
    place_in_series,
    with_owner,
)
from .parts import parts_of_act
from .periods import changed_by_period, owned_before_time, part_of_period, period_opening
from .phrases import (
    CN_OR_ARABIC_DIGIT,
    list_after,
    list_start,
    noun_after,
    noun_before,
    past_place,
    without_notes,
)
from .pieces import LONG_NOUN, NONE, NOUN, Figure, Subject, join, previous_subject, span
from .pulls import pulled_growth
from .rates import compared_rate, rate_of, recovered
from .records import recorded
from .sent_out import sent_out
from .series import series_items, series_length
from .shapes import (
    PEOPLE,
    activities_during,
    aimed_inspection,
    built_with,
    capacity_per_period,
    days_summed,
    established_part,
    from_to,
    headway,
    inspected,
    joined_acts,
    key_figure_row,
    labelled_list,
    listed_act,
    named_part,
    negated_quality,
    opening_total,
    owner_of_next,
    part_that_did,
    party_counted,
    period_sum,
    place_of_act,
    project_named_before,
    prosecuted,
    relative_clause,
    share,
    share_among,
    share_part,
    summed,
    taken_from_people,
    tally_that_does,
    those_that_did,
    title_object,
    value_of_goods,
    what_lasts,
    what_they_did,
)
from .stop_words import strip_links
from .streaks import streak_held, streak_threshold
from .takers import (
    fair_firms,
    fair_jobs,
    grant_receivers,
    handout_firms,
    signed_partners,
    signed_projects,
    started_projects,
    visited_projects,
)
from .terms import prison_term
from .topics import attracted, segment_before, topic_before, unread_level
from .values import VALUE_WORDS, measure_word, value_word, valued_after

__all__ = ["NONE", "Figure", "Subject", "series_items", "series_length", "subject", "trimmed"]

_PLACE_OR_VERB = 2  # `河南`, `流转`: no more than a place or a verb before a measure
# the last character of a division's name: a place before a measure with a noun after it only
# says where (`大城子镇2.3万亩苹果梨进入采收期` → `苹果梨`)
_DIVISION_ENDS = frozenset("省市县区镇乡村")
_SHARE_WORDS = ("占比", "比重", "比例")
_RATE_WORDS = ("增速", "增幅", "涨幅", "降幅")  # a rate of change of the figure before, opening a clause
_LASTING = ("为期", "為期")
_EVENT_TAIL = 4  # `駕駛行動`: the rest of an event's name, not a predicate
_EVENT_HEAD_TAGS = ("n", "vn")  # jieba's nouns and verbal nouns (`行动`) end an event's name
_CEILINGS = ("最高", "最多")  # `申领每套最高3万元的购房补贴`: the most of what follows, not the verb before
# an average alone opening its clause: per day or per household of the figure before
# a round mark the figure before in the sentence passed (`首次突破60亿元大关`: heldout11/economy_page,
# unseen_stats2/anji_jingji)
_MILESTONE = ("大关", "大關")
_AVERAGE = compile_pattern("(日均|月均|年均|户均|戶均|人均)(?:约|約|达|達|为|為)?$")


def subject(text: str, reading: Reading, change: ChangeReading | None, figures: Sequence[Figure],
            floor: int = 0, clause: tuple[int, int] | None = None,
            claimed: Sequence[tuple[int, int]] = (), sentence: int | None = None) -> tuple[Subject, Subject]:
    """The subject of a figure, and the bare noun a following change or share may refer to
    (`clause` and `sentence`, where the caller knows them, save reading them again); people counted right
    after an arrest are those arrested (`拘捕28名男女` → `被捕男女`)."""
    found, bare = _subject(text, reading, change, figures, floor, clause, claimed, sentence)
    named = resolved(text, found, figures, claimed)
    found, bare = named, named if bare == found else bare  # `该工程投资1260万元`: the work named before
    parts = parts_of_act(text, reading)
    if parts:  # `将分3批发放消费券` → `消费券发放批次`
        return parts, parts
    found = _on_basis(text, reading.start, sentence, found)
    found = deal_amount(text, reading, found, claimed)
    found = runs_made(text, reading, found)
    if found and reading.unit in PEOPLE and ARRESTED.search(text, max(0, reading.start - 4), reading.start) \
            and found.text(text)[:1] not in "被拘捕":
        return join(ARRESTED_WORD, found), bare
    if found == bare and verb_alone(text, reading, found):  # `造成5人死亡。` → `死亡人数`
        counted = join(found, HEADCOUNT)
        return counted, counted
    if change is None:
        found = period_opening_title(text, reading, claimed, found)
    doses = doses_given(text, reading, found, sentence, claimed)
    if doses:  # `季節性流感疫苗接種計劃至今已接種逾180萬劑` → `季節性流感疫苗接種`
        return doses, doses
    return found, bare


# a currency basis opening a sentence (`以美元计，`, `以美元计价，`): the golds keep it with what the sentence measures
_BASIS = compile_pattern("以[^\\d，,。；;、]{1,4}?(?:计价|計價|计|計)(?=[，,])")


def _on_basis(text: str, start: int, sentence: int | None, found: Subject) -> Subject:
    """`以美元计，全年出口约295亿美元，增长9.6%` → `以美元计全年出口`, `以美元计出口`: the figures of a sentence that
    opens with the basis they are counted on are measured on it, as the golds of heldout5 and heldout9 wire_news,
    heldout28/economy_page, unseen/trade_stats (and heldout3/wire_web, `（美元计价）` after) write them."""
    if not found:
        return found
    opening = sentence_start(text, start) if sentence is None else sentence
    basis = _BASIS.match(text, opening, start)
    first = found.pieces[0]
    if basis is None or isinstance(first, tuple) and first[0] <= basis.start():
        return found
    return join(basis.span(), found)


def _subject(text: str, reading: Reading, change: ChangeReading | None, figures: Sequence[Figure],
             floor: int = 0, clause: tuple[int, int] | None = None,
             claimed: Sequence[tuple[int, int]] = (), sentence: int | None = None) -> tuple[Subject, Subject]:
    """The subject of a figure, and the bare noun a following change or share may refer to."""
    labelled = labelled_list(text, reading)
    if labelled:
        return labelled, NONE
    row = key_figure_row(text, reading, change, figures)
    if row:  # `11月出口　587.3億美元　年增32.6%`: the row's label
        return row, row
    clause = clause or clause_span(text, reading.start)
    sentence = sentence_start(text, reading.start) if sentence is None else sentence
    begin = max(clause[0], floor)
    lowest = max(floor, sentence)
    streak = streak_held(text, reading, begin, sentence, figures, claimed) or streak_threshold(
        text, reading, begin, sentence, figures, claimed)
    if streak:  # `…下降1.1%，已连续两年下降` → `德国出口额下降`
        return streak, streak
    spanned = from_to(text, reading, begin, claimed, figures, sentence) or topic_before(
        text, reading, begin, sentence, claimed, figures) or prosecuted(text, reading, begin) or handout_sum(
        text, reading, begin, sentence, claimed) or summed(
        text, reading, begin, sentence, figures) or period_sum(
        text, reading, change, begin, sentence, figures) or attracted(
        text, reading, begin, sentence, claimed, figures) or added_to_level(
        text, reading, begin, sentence, figures) or fixed_of_found(text, reading, begin, sentence, figures) or (
        total_of_counted(text, reading, begin, sentence, figures))
    if spanned:
        return spanned, spanned
    tally, tallied = tallied_so_far(text, reading, begin, sentence, figures, claimed)
    if tally:  # `…錄得3宗本地登革熱個案，今年累計錄得41宗` → `今年累計本地登革熱個案`
        return tally, tallied
    if text.startswith(_MILESTONE, reading.end):  # a round mark passed: `首次突破百万人次大关`
        passed = previous_subject(figures, reading.start, sentence)
        if not passed:  # `全年旅客吞吐量有望突破百万人次大关`: what passes it stands before the verb
            s, e, _ = noun_before(text, reading.start, begin, claimed)
            passed = span(s, e) if e - s >= NOUN else NONE
        if passed:
            return passed, passed
    average = _AVERAGE.match(text, begin, reading.start)
    if average and begin > sentence and (before := previous_subject(figures, reading.start, sentence)):
        mean = join(average.span(1), _head(text, before))  # `…运输旅客1.5亿人次，日均约242万人次`
        return mean, mean
    if change is not None:
        s, e, _ = noun_before(text, change.start, begin, claimed)
        if s == begin and text[s:e] in _RATE_WORDS and (before := previous_subject(figures, reading.start, sentence)):
            rate = rate_of(text, _head(text, before), (s, e))  # `…同比增长5.6%，增速高于全国0.3个百分点`
            return rate, rate
        if e - s < NOUN and (before := previous_subject(figures, reading.start, sentence)) and (
                rate := compared_rate(text, reading, change, begin, before, _head(text, before))):
            return rate, rate  # `…同比增长8.6%，高于全省2.1个百分点`: the rate of that change
        s = _ratio_start(text, s, e, begin, claimed)
        noun = span(list_start(text, s, lowest, claimed, figures), e) if e - s >= NOUN else NONE
        noun = pulled_growth(text, s, e, change) or noun  # `拉动规上工业增长1.7个百分点`
        if noun and only_function_words(text, s, e):
            noun = NONE  # `…按月上升0.9%，…，但仍較2021年高位低約24%`: the figure before's
        noun = owner_before_time(text, begin, s, claimed, noun) or changed_before_start(
            text, begin, change.start, claimed)  # `…标准将于4月1日起上调至` → `…标准`
        noun = period_in_title(text, s, claimed, noun)  # `十一月賭收按年升…` → `十一月賭收`
        if noun and s == begin > sentence:  # `北仑区规上工业增加值增长10.6%，慈溪市增长9.4%` → `慈溪市规上工业增加值`
            noun = place_in_series(text, s, e, change.start, previous_subject(figures, reading.start, sentence)) \
                or noun
        before = noun or _head(text, previous_subject(figures, reading.start, sentence, _amount_changed(reading)))
        return (before or segment_before(text, begin, sentence, claimed, figures)
                or unread_level(text, begin, sentence, claimed, figures)), noun
    if reading.role == "rate":
        back = recovered(text, reading, begin, sentence, figures, claimed)
        if back:  # `国际航线旅客量恢复至2019年同期的112%` → `国际航线旅客量恢复至2019年同期水平`
            return back, NONE
        shared = share(text, clause, floor, figures, sentence, claimed) or share_among(
            text, reading, begin, sentence, figures)
        if shared:
            return shared, NONE
        s, e, _ = noun_before(text, reading.start, begin, claimed)
        if text[s:e] in _SHARE_WORDS:  # `…426万人次，占比22.9%`: the share of the figure before
            before = previous_subject(figures, reading.start, sentence)
            return (join(before, (s, e)) if before else span(s, e)), NONE
        s = _ratio_start(text, s, e, begin, claimed)
        part = share_part(text, reading.end) if e > s else None
        if part is not None:  # `受访市民中65%为女性` → `受访市民中的女性`
            return join(span(s, e), "的" if text[s:e].endswith("中") else "中的", part), span(s, e)
        s = list_start(text, s, lowest, claimed, figures) if e > s else s
        return with_owner(text, span(s, e), begin, sentence, figures, claimed), span(s, e)
    after = noun_after(text, reading.end)
    per_period = capacity_per_period(text, reading, begin, after)
    if per_period:  # `每日可處理約600張處方` → `每日處理處方`
        return per_period, per_period
    named = named_part(text, reading, begin, claimed) if after[1] - after[0] < NOUN else NONE
    if named:
        return named, named
    did = part_that_did(text, reading, begin, sentence, figures)
    if did:  # `…186间机构获奖，其中12间获颁金奖` → `获颁金奖机构`
        return did, did
    set_up = established_part(text, reading, begin, sentence, figures) if after[1] - after[0] < NOUN else NONE
    if set_up:  # `新设立经营主体逾3.2万户，其中企业9860户` → `新设立企业`
        return set_up, set_up
    # the noun before the figure, read once here for the rules below that ask for it again (a third of the calls)
    before_figure = noun_before(text, reading.start, begin, claimed) if after[1] - after[0] < NOUN else None
    if before_figure is not None and (acts := joined_acts(text, begin, *before_figure[:2])):
        return acts, acts  # `发现并督促整改问题19个` → `发现并督促整改问题`
    if reading.role == "measure":
        each = prison_term(text, reading, begin, claimed) or granted_to_do(text, reading) or handed_out(
            text, reading, begin, sentence, claimed) or per_unit_in_title(
            text, reading, begin, sentence, claimed, figures) or involved(
            text, reading, begin, sentence, figures, claimed) or handout_total(
            text, reading, begin, sentence, claimed) or scheme_budget(
            text, reading, begin, sentence, claimed) or budgeted_for(text, reading)
        if each:
            return each, each
        s, e, verb = before_figure or noun_before(text, reading.start, begin, claimed)
        work = named_by_work(text, s, e, sentence) if after[1] - after[0] < NOUN else NONE
        if work:  # `完成耕地地力保护补贴发放工作，…发放补贴资金1.12亿元` → `耕地地力保护补贴资金`
            return work, work
        if text.endswith(_LASTING, begin, reading.start) and after[1] - after[0] >= NOUN:
            event = span(after[0], _event_end(text, after[1]))
            return event, event  # `为期三个月的“清河行动”`: how long the event after lasts
        opens_lasting = reading.start - len(_LASTING[0]) == begin and text.startswith(_LASTING, begin)
        if opens_lasting and (lasting := what_lasts(text, begin, sentence, claimed)) or (
                lasting := days_summed(text, reading, begin, sentence, claimed)):
            return lasting, lasting  # `春运自1月14日开始、2月22日结束，为期40天`: how long the event before lasts
        relative = relative_clause(text, reading, verb, claimed) or built_with(text, reading, s, e, verb) or headway(
            text, reading, begin, sentence, claimed)
        if relative:
            return relative, relative
        total = opening_total(text, s, e, begin, sentence, figures, claimed) or project_named_before(
            text, s, e, begin, sentence, claimed, figures) or value_of_goods(text, s, e, begin, sentence)
        if total:
            return total, total
        taken = taken_from_people(text, s, e, clause[0], figures) if reading.kind == "money" else NONE
        if taken:
            return taken, taken
        measured = measure_word(text, s, e) if e > s and not text[s:e].endswith(VALUE_WORDS) else None
        valued = valued_after(text, reading, s, e, claimed) if text[s:e].endswith(VALUE_WORDS) or measured \
            else None
        if valued is not None:  # `总额6500万美元的紧急援助`: the value of what follows
            return join(valued, measured or value_word(text, s, e)), span(*valued)
        if verb is not None and after[1] - after[0] < NOUN and strip_links(text, begin, verb[0]) < verb[0]:
            s2, e2, _ = noun_before(text, verb[0], begin, claimed)
            if e2 - s2 >= NOUN:  # `家电以旧换新补贴已发放2.1亿元`: the topic before the verb
                return span(s2, e2), span(s2, e2)
        if after[1] - after[0] >= NOUN and text.endswith(_CEILINGS, begin, reading.start):
            return span(*after), span(*after)  # `给予最高30万元奖励`: a ceiling on what follows
        titled = title_object(text, reading, begin)
        if titled:  # `德国批准120亿欧元铁路投资计划`: the noun that ends the title after the amount
            return titled, titled
        topic = (s, e) if verb is None and e > s else None
        place = topic is not None and text[topic[1] - 1] in _DIVISION_ENDS
        if after[1] - after[0] >= NOUN and (topic is None or topic[1] - topic[0] <= _PLACE_OR_VERB or place) \
                and reading.kind != "duration":
            granted = granted_for(text, after)  # `…撥款，用於X工程` → `X工程撥款`
            return granted or span(*after), span(*after)
        if after[1] - after[0] >= NOUN and topic is None:
            return span(*after), span(*after)
        s = list_start(text, s, lowest, claimed, figures) if e > s else s
        s = past_place(text, s, e)  # `向三间财务公司骗取贷款` → `骗取贷款`
        whose = part_of_period(text, begin, s, e, claimed) or summed_doers(
            text, begin, s, e, sentence, figures, claimed)
        if whose:  # `…；其中十一月份毛收入約198億元，按月上升…`: a change after it changes the month's
            return whose, whose
        period = recorded(text, period_opening(text, begin, s, e, claimed, reading))
        if period:
            return period, recorded(text, changed_by_period(text, period, s, e))
        timed = recorded(text, owned_before_time(text, begin, s, e, claimed, reading))
        if timed:  # `德国10月出口额为1286亿欧元` → `德国出口额`
            return timed, timed
        doer = topic_past_tally(text, s, e, begin, claimed, reading) or recorded(
            text, with_doer(text, s, e, begin, claimed, reading, figures))
        owned = with_owner(text, doer, begin, sentence, figures, claimed)
        if budget_measure(text, owned):  # `…總預算案，歲出規模…，較114年度增加`: a change changes the measure
            return owned, doer
        owned = owned or level_before_time(text, begin, reading.start, claimed)  # `恒生指數昨日收報24,860點`
        return owned, owned  # a change after it changes the owner's measure (`比上季增长5.2%`)
    during = activities_during(text, reading, begin, sentence, claimed)
    if during:  # `…年货节将于…开幕，…，其间将举办…等10项活动` → `年货节活动`
        return during, during
    party = party_counted(text, reading, begin) or party_of(text, reading, begin)
    if party:  # `被告人杨某等3人`, `被告2人盗伐…`: the party to the case
        return party, party
    acted = listed_act(text, reading, begin) or place_of_act(text, reading, begin, after)
    if acted:  # `…等4个乡镇作了典型发言。` → `作典型发言的乡镇`
        return acted, NONE
    visited = inspected(text, reading, begin, after) or aimed_inspection(text, reading, begin, after)
    if visited:  # `巡查全港逾1,500座公共屋邨大廈的消防設施` → `巡查公共屋邨大廈`
        return visited, visited
    tallied = tally_that_does(text, reading, begin, claimed)
    if tallied:  # `受影響的九巴及城巴路線共11條須改道` → `須改道的九巴及城巴路線`
        return tallied, tallied
    sent = sent_out(text, reading, begin, claimed)
    if sent:  # `增派警力220人次維護秩序` → `增派警力`
        return sent, sent
    if after[1] - after[0] >= NOUN:
        took = signed_projects(text, reading, begin, after) or started_projects(
            text, reading, begin, after) or visited_projects(text, reading, begin, after) or fair_firms(
            text, reading, begin, after) or fair_jobs(text, reading, begin, after) or handout_firms(
            text, reading, begin, after) or signed_partners(text, reading, begin, after) or grant_receivers(
            text, reading)
        if took:  # `现场签约27个项目` → `现场签约项目`
            return took, span(*after)
        after = list_after(text, *owner_of_next(text, *after))  # `68所中小学、幼儿园`: the count counts both
        negated = negated_quality(text, reading, after, begin)
        if negated:  # `对不合格的14批次产品` → `不合格的产品`
            return negated, span(*after)
        taking_part = TAKING_PART.match(text, after[1])
        if taking_part:  # `约350名人员参与。`: the people counted by what they take part in
            return join(span(*after), taking_part.span(1)), span(*after)
        did = those_that_did(text, reading, after, begin)
        if did:  # `已有11个项目完成主体施工，` → `完成主体施工的项目`
            return did, span(*after)
        took_part = TOOK_PART_IN.match(text, after[1])
        if took_part and not text.endswith(ALL_OF_THEM, after[0], after[1]):  # `800余名师生参与疏散。`
            acted = join(span(*after), took_part.span("verb"), took_part.span("what"))
            return acted, acted  # a change after it changes those counted (`較去年減少約百分之八`)
        return span(*after), span(*after)
    did = those_that_did(text, reading, after, begin) if after[1] > after[0] else NONE
    if did:  # `已有42个村成立旅游专业合作社，`: a noun of one character
        return did, span(*after)
    doing = what_they_did(text, reading, begin)
    if doing:
        return doing, doing
    scope = scope_span(text, reading.start) if after[1] - after[0] == 1 else None
    if scope is not None and scope[1] == reading.start:
        return span(*after), span(*after)  # `全县8个镇举办…`: a scope says where, the one character what
    if reading.unit in PEOPLE and text.endswith("的", begin, reading.start) \
            and (taking_part := TAKING_PART.match(text, reading.end)):
        people = join(taking_part.span(1), PARTICIPANTS)  # `…等8个单位的150余人参加。`: no unit takes part
        return people, people
    joined = JOINING.match(text, reading.end) if reading.unit in PEOPLE else None
    if joined and GROUPS.search(text[groups_start(text, sentence, reading.start):reading.start].rstrip("共约約")):
        people = join((joined.start(1), joined.end("what")), PARTICIPANTS)  # `…、…扑火队共210人参加，`
        return people, people
    s, e, _ = before_figure or noun_before(text, reading.start, begin, claimed)
    if reading.role == "noun" and (e <= s or text[begin:reading.start].endswith("等")):
        at = text.rfind(reading.unit, reading.start, reading.end)
        unit = span(at, at + len(reading.unit)) if at >= 0 else Subject((reading.unit,))
        return unit, unit  # `宣传部等10部门`: the number sums up a list
    if text[s:e] in _SHARE_WORDS:
        before = previous_subject(figures, reading.start, sentence)
        return (join(before, (s, e)) if before else span(s, e)), NONE
    s = list_start(text, s, lowest, claimed, figures) if e > s else s
    s = past_organizer(text, s, e, reading)  # `吸引国内外参展企业320家` → `国内外参展企业`
    s = past_place(text, s, e)  # `在雅酉镇擅自开采锰矿石1860吨` → `擅自开采锰矿石`
    shown = things_shown(text, clause[0], sentence, begin, s, e)
    if shown:  # `展出陳澄波等12位畫家作品86件` → `展出畫家作品`
        return shown, shown
    whose = part_of_period(text, begin, s, e, claimed)
    if whose:  # `…，其中2月24日单日发送旅客1680万人次` → `2月24日单日发送旅客`
        return whose, whose
    period = recorded(text, period_opening(text, begin, s, e, claimed, reading))
    if period:  # `旅遊局昨日公佈，今年首十個月入境旅客逾3,280萬人次`: a change after it changes the noun
        return period, recorded(text, changed_by_period(text, period, s, e))
    timed = recorded(text, owned_before_time(text, begin, s, e, claimed, reading))
    if timed:  # `郧阳港作业区今年前10个月完成集装箱吞吐量4.8万标箱`
        return timed, timed
    doer = recorded(text, with_doer(text, s, e, begin, claimed, reading, figures)) or level_before_time(
        text, begin, reading.start, claimed)  # `霍尔果斯口岸中欧班列今年突破8000列`
    return on_route(text, doer, begin, sentence), doer


_RATIOS = ("的比率", "的比例", "的比值")
_RATIO_AND = "与與"


def _ratio_start(text: str, s: int, e: int, begin: int, claimed: Sequence[tuple[int, int]]) -> int:
    """`社会物流总费用与GDP的比率降至13.8%`: a ratio of two things names both; 与 joins them
    (the noun before it is part of the subject), where it ends a phrase elsewhere."""
    if s <= begin or text[s - 1] not in _RATIO_AND or not text.endswith(_RATIOS, s, e):
        return s
    first, last, _ = noun_before(text, s - 1, begin, claimed)
    return first if last == s - 1 and last - first >= NOUN else s


def _event_end(text: str, end: int) -> int:
    """`为期两周的冬季打擊酒後駕駛行動，`: the name of an event that lasts runs to the clause end
    when a verb in it cut it (`駕駛`), no more than `_EVENT_TAIL` characters are left and they end
    in a noun (`行动`); a longer rest, or one ending in a verb, is a predicate (`交易会累计吸引…`,
    `预售随后开始`)."""
    close = min((i for i in (text.find(c, end) for c in CLAUSE_END) if i >= 0), default=len(text))
    rest = text[end:close]
    if not 0 < len(rest) <= _EVENT_TAIL or CN_OR_ARABIC_DIGIT.search(rest):
        return end
    last = dictionary().tag(dictionary().cut(rest)[-1]) or ""
    return close if last.startswith(_EVENT_HEAD_TAGS) else end


def _amount_changed(reading: Reading) -> bool:
    """A change in money (`…发放…补偿资金1.86亿元，惠及农民5.8万人，较上年增加620万元`) changes the amount before it,
    not the people counted between: `补偿资金`, as the golds of heldout17 and heldout19 county_news write it."""
    return reading.kind == "money"


_HEAD = 6  # a long compound is named by its head: `…职业资格考试报名人数` → `考试报名人数`


def _head(text: str, subject: Subject) -> Subject:
    """The head of a long one-piece subject, for a change that refers back to it. A note in
    brackets (`（CPI）`, `（PM2.5）`) is no part of it: the noun without the note, when that is
    short enough (`全国居民消费价格指数`, `细颗粒物平均浓度`), is the head."""
    if len(subject.pieces) == 1 and isinstance(subject.pieces[0], tuple):
        start, end = subject.pieces[0]
        if end - start > LONG_NOUN:
            parts = without_notes(text, start, end)
            if sum(e - s for s, e in parts) <= LONG_NOUN:
                return join(*parts)
            return span(end - _HEAD, end)
    return subject
