"""Common English words, to tell a capitalized ordinary word from a name.

A word on this list ("Cold", "Report", "Brown") needs more evidence than a capital letter to be
taken as a name. Inflections are left out (``is_common_word`` strips "-s", "-es", "-ed",
"-ing", "-ly"). Derived from SCOWL (the Debian ``wamerican`` word list), lower-case entries only:

    Copyright 2000-2011 by Kevin Atkinson

    Permission to use, copy, modify, distribute and sell these word lists, the associated
    scripts, the output created from the scripts, and its documentation for any purpose is
    hereby granted without fee, provided that the above copyright notice appears in all
    copies and that both that copyright notice and this permission notice appear in
    supporting documentation. Kevin Atkinson makes no representations about the suitability
    of this array for any purpose. It is provided "as is" without express or implied
    warranty.
"""

from __future__ import annotations

_WORDS = """
aardvark abaci aback abacus abaft abalone abandon abandonment abase abasement abash abate abatement
abattoir abbess abbey abbot abbr abbrev abbreviate abbreviation abdicate abdication abdomen
abdominal abduct abductee abduction abductor abeam abed aberrant aberration abet abetted abetter
abetting abettor abeyance abhor abhorred abhorrence abhorrent abhorring abide ability abject
abjuration abjure ablative ablaze able abler ablest abloom ablution ably abnegate abnegation
abnormal abnormality aboard abode abolish abolition abolitionist abominable abominably abominate
abomination aboriginal aborigine abort abortion abortionist abortive abound about above aboveboard
abracadabra abrade abrasion abrasive abrasiveness abreast abridge abridgement abridgment abroad
abrogate abrogation abrupt abrupter abruptest abruptness abscess abscissa abscissae abscond absence
absent absentee absenteeism absinth absinthe absolute absolutest absolution absolutism absolve
absorb absorbency absorbent absorption abstain abstainer abstemious abstention abstinence abstinent
abstract abstraction abstractness abstruse abstruseness absurd absurder absurdest absurdity
abundance abundant abuse abuser abusive abusiveness abut abutment abutted abutting abuzz abysmal
abyss acacia academia academic academical academician academy acanthi acanthus accede accelerate
acceleration accelerator accent accentuate accentuation accept acceptability acceptable acceptably
acceptance access accessibility accessible accessibly accession accessory accident accidental
acclaim acclamation acclimate acclimation acclimatization acclimatize accolade accommodate
accommodation accompaniment accompanist accompany accomplice accomplish accomplishment accord
accordance accordion accost account accountability accountable accountancy accountant accouterments
accoutrements accredit accreditation accretion accrual accrue acct acculturation accumulate
accumulation accumulative accumulator accuracy accurate accurateness accursed accurst accusation
accusative accusatory accuse accuser accustom ace acerbic acerbity acetaminophen acetate acetic
acetone acetylene ache achier achiest achievable achieve achievement achiever achoo achromatic achy
acid acidic acidify acidity acidulous acknowledge acknowledgement acknowledgment acme acne acolyte
aconite acorn acoustic acoustical acquaint acquaintance acquiesce acquiescence acquiescent
acquirable acquire acquirement acquisition acquisitive acquisitiveness acquit acquittal acquitted
acquitting acre acreage acrid acrider acridest acrimonious acrimony acrobat acrobatic acronym
across acrostic acrylic act actinium action actionable activate activation active activism activist
activity actor actress actual actuality actualization actualize actuarial actuary actuate actuator
acuity acumen acupuncture acupuncturist acute acuteness acuter acutest ad adage adagio adamant
adapt adaptability adaptable adaptation adapter adaptive adaptor add addend addenda addendum adder
addict addiction addictive addition additional additive addle address addressable addressee adduce
adenoid adenoidal adept adeptness adequacy adequate adhere adherence adherent adhesion adhesive
adiabatic adieu adieux adipose adj adjacent adjectival adjective adjoin adjourn adjournment adjudge
adjudicate adjudication adjudicator adjunct adjuration adjure adjust adjustable adjuster adjustment
adjustor adjutant adman admen admin administer administrate administration administrative
administrator admirable admirably admiral admiralty admiration admire admirer admissibility
admissible admission admit admittance admitted admitting admixture admonish admonishment admonition
admonitory ado adobe adolescence adolescent adopt adoption adoptive adorable adorably adoration
adore adorn adornment adrenal adrenalin adrenaline adrift adroit adroitness ads adulate adulation
adult adulterant adulterate adulteration adulterer adulteress adulterous adultery adulthood
adumbrate adumbration adv advance advancement advantage advantageous advent adventitious adventure
adventurer adventuresome adventurous adverb adverbial adversarial adversary adverse adverser
adversest adversity advert advertise advertisement advertiser advice advisability advisable advise
advisement adviser advisor advisory advocacy advocate advt adware adz adze aegis aeon aerate
aeration aerator aerial aerialist aerie aerobatics aerobic aerodynamic aerodynamically aeronautical
aeronautics aerosol aerospace aery aesthete aesthetic aesthetically afar affability affable affably
affair affect affectation affection affectionate affidavit affiliate affiliation affinity affirm
affirmation affirmative affix afflict affliction affluence affluent afford affordable afforest
afforestation affray affront afghan aficionado afield afire aflame afloat aflutter afoot
aforementioned aforesaid aforethought afoul afraid afresh aft after afterbirth afterburner
aftercare aftereffect afterglow afterlife afterlives aftermath afternoon aftershave aftershock
aftertaste afterthought afterward afterword again against agape agar agate agave age ageism ageless
agency agenda agent agglomerate agglomeration agglutinate agglutination aggrandize aggrandizement
aggravate aggravation aggregate aggregation aggression aggressive aggressiveness aggressor aggrieve
aghast agile agility agism agitate agitation agitator agleam aglitter aglow agnostic agnosticism
ago agog agonize agony agrarian agree agreeable agreeably agreement agribusiness agricultural
agriculturalist agriculture agronomist agronomy aground ague ah aha ahead ahem ahoy aid aide ail
aileron ailment aim aimless aimlessness air airborne airbrush aircraft airdrop airdropped
airdropping airfare airfield airfoil airhead airier airiest airily airiness airless airlift airline
airliner airmail airman airmen airplane airport airship airsick airsickness airspace airstrip
airtight airwaves airway airworthy airy aisle ajar akimbo akin alabaster alacrity alarm alarmist
alas alb albacore albatross albeit albino album albumen albumin alchemist alchemy alcohol alcoholic
alcoholism alcove alder alderman aldermen alderwoman alderwomen ale alert alertness alfalfa
alfresco alga algae algebra algebraic algebraically algorithm algorithmic alias alibi alien
alienable alienate alienation alight align alignment alike alimentary alimony aline alinement alit
alive alkali alkalies alkaline alkalinity alkaloid all allay allegation allege allegiance
allegorical allegory allegro alleluia allergen allergenic allergic allergist allergy alleviate
alleviation alley alleyway alliance alligator alliteration alliterative allocate allocation allot
allotment allotted allotting allover allow allowable allowance alloy allspice allude allure
allusion allusive alluvia alluvial alluvium ally almanac almighty almond almost alms aloe aloft
aloha alone along alongside aloof aloofness aloud alpaca alpha alphabet alphabetic alphabetical
alphabetize alphanumeric alpine already alright also alt altar alter alterable alteration
altercation alternate alternation alternative alternator altho although altimeter altitude alto
altogether altruism altruist altruistic altruistically alum aluminum alumna alumnae alumni alumnus
always am amalgam amalgamate amalgamation amanuenses amanuensis amaranth amaryllis amass amateur
amateurish amateurism amatory amaze amazement amazon ambassador ambassadorial ambassadorship amber
ambergris ambiance ambidextrous ambience ambient ambiguity ambiguous ambition ambitious
ambitiousness ambivalence ambivalent amble ambrosia ambulance ambulatory ambush ameba amebae amebic
ameer ameliorate amelioration amen amenable amend amendable amendment amenity amethyst amiability
amiable amiably amicability amicable amicably amid amidships amidst amigo amino amir amiss amity
ammeter ammo ammonia ammunition amnesia amnesiac amnesty amniocenteses amniocentesis amoeba amoebae
amoebic amok among amongst amoral amorality amorous amorousness amorphous amorphousness
amortization amortize amount amour amp amperage ampere ampersand amphetamine amphibian amphibious
amphitheater amphitheatre ample ampler amplest amplification amplifier amplify amplitude ampoule
ampul ampule amputate amputation amputee amt amuck amulet amuse amusement an anachronism
anachronistic anaconda anaemia anaemic anaerobic anaesthesia anaesthetic anaesthetist anaesthetize
anagram anal analgesia analgesic analog analogous analogue analogy analyses analysis analyst
analytic analytical analyticalally analyze analyzer anapest anarchic anarchically anarchism
anarchist anarchistic anarchy anathema anatomic anatomical anatomist anatomy ancestor ancestral
ancestress ancestry anchor anchorage anchorite anchorman anchormen anchorpeople anchorperson
anchorwoman anchorwomen anchovy ancient ancienter ancientest ancillary and andante andiron androgen
androgynous android anecdota anecdotal anecdote anemia anemic anemometer anemone anesthesia
anesthesiologist anesthesiology anesthetic anesthetist anesthetize aneurism aneurysm anew angel
angelic angelically anger angina angioplasty angiosperm angle angler angleworm angora angrier
angriest angrily angry angst angstrom anguish angular angularity ani animal animate animation
animator anime animism animist animistic animosity animus anion anise ankh ankle anklet annals
anneal annex annexation annihilate annihilation annihilator anniversary annotate annotation
announce announcement announcer annoy annoyance annual annuity annul annular annulled annulling
annulment anode anodyne anoint anointment anomalous anomaly anon anonymity anonymous anopheles
anorak anorexia anorexic another answer answerable ant antacid antagonism antagonist antagonistic
antagonistically antagonize antarctic ante anteater antebellum antecedent antechamber antedate
antediluvian antelope antenna antennae anterior anteroom anthem anther anthill anthologist
anthologize anthology anthracite anthrax anthropocentric anthropoid anthropological anthropologist
anthropology anthropomorphic anthropomorphism anti antiabortion antiaircraft antibiotic antibody
antic anticipate anticipation anticipatory anticked anticking anticlimactic anticlimax
anticlockwise anticyclone antidepressant antidote antifreeze antigen antihero antiheroes
antihistamine antiknock antimatter antimony antiparticle antipasti antipasto antipathetic antipathy
antipersonnel antiperspirant antiphonal antipodes antiquarian antiquary antiquate antique antiquity
antiseptic antiseptically antislavery antisocial antitheses antithesis antithetical antitoxin
antitrust antiviral antivirus antiwar antler antonym anus anvil anxiety anxious any anybody anyhow
anymore anyone anyplace anything anytime anyway anywhere aorta aortae apace apart apartheid
apartment apathetic apathetically apathy ape aperitif aperture apex aphasia aphasic aphelia
aphelion aphid aphorism aphoristic aphrodisiac apiary apices apiece aplenty aplomb apocalypse
apocalyptic apocryphal apogee apolitical apologetic apologetically apologia apologist apologize
apology apoplectic apoplexy apostasy apostate apostle apostolic apostrophe apothecary apotheoses
apotheosis app appal appall apparatus apparel apparelled apparelling apparent apparition appeal
appear appearance appease appeasement appeaser appellant appellate appellation append appendage
appendectomy appendices appendicitis appendix appertain appetite appetizer appetizing applaud
applause apple applejack applesauce appliance applicability applicable applicant application
applicator appoint appointee appointive appointment apportion apportionment apposite appositeness
apposition appositive appraisal appraise appraiser appreciable appreciably appreciate appreciation
appreciative apprehend apprehension apprehensive apprehensiveness apprentice apprenticeship apprise
apprize approach approachable approbation appropriate appropriateness appropriation approval
approve approx approximate approximation appurtenance apricot apron apropos apse apt apter aptest
aptitude aptness aqua aquaculture aquae aquamarine aquanaut aquaplane aquaria aquarium aquatic
aquavit aqueduct aqueous aquiculture aquifer aquiline arabesque arable arachnid arbiter arbitrarily
arbitrariness arbitrary arbitrate arbitration arbitrator arbor arboreal arboreta arboretum
arborvitae arbutus arc arcade arcane arch archaeological archaeologist archaeology archaic
archaically archaism archangel archbishop archbishopric archdeacon archdiocese archduke archenemy
archeological archeologist archeology archer archery archest archetypal archetype archetypical
archipelago archipelagoes architect architectural architecture archive archivist archness archway
arcked arcking arctic ardent ardor arduous arduousness are area arena argon argosy argot arguable
arguably argue argument argumentation argumentative argyle aria arid aridity aright arise arisen
aristocracy aristocrat aristocratic aristocratically arithmetic arithmetical ark arm armada
armadillo armament armature armband armchair armful armhole armistice armlet armor armorer armory
armpit armrest armsful army aroma aromatherapy aromatic arose around arousal arouse arpeggio
arraign arraignment arrange arrangement arranger arrant array arrears arrest arrival arrive
arrogance arrogant arrogate arrow arrowhead arrowroot arroyo arsenal arsenic arson arsonist art
artefact arterial arteriosclerosis artery artful artfulness arthritic arthritis arthropod artichoke
article articulate articulateness articulation artier artiest artifact artifice artificer
artificial artificiality artillery artisan artist artiste artistic artistically artistry artless
artlessness artsier artsiest artsy artwork arty as asbestos ascend ascendancy ascendant ascendency
ascendent ascension ascent ascertain ascertainable ascetic asceticism ascot ascribable ascribe
ascription aseptic asexual ash ashamed ashcan ashen ashier ashiest ashore ashram ashtray ashy aside
asinine asininity ask askance askew aslant asleep asocial asp asparagus aspartame aspect aspen
asperity aspersion asphalt asphyxia asphyxiate asphyxiation aspic aspirant aspirate aspiration
aspire aspirin ass assail assailable assailant assassin assassinate assassination assault assaulter
assay assemblage assemble assembler assembly assemblyman assemblymen assemblywoman assemblywomen
assent assert assertion assertive assertiveness assessment assessor asset asseverate asshole
assiduous assiduousness assign assignable assignation assignment assimilate assimilation assist
assistance assistant assize assn assoc associate association associative assonance assort
assortment asst assuage assume assumption assurance assure aster asterisk astern asteroid asthma
asthmatic astigmatic astigmatism astir astonish astonishment astound astrakhan astral astray
astride astringency astringent astrologer astrological astrology astronaut astronautics astronomer
astronomic astronomical astronomy astrophysicist astrophysics astute astuteness astuter astutest
asunder asylum asymmetric asymmetrical asymmetry asymptotic asymptotically asynchronous at atavism
atavistic ate atelier atheism atheist atheistic atherosclerosis athlete athletic athletically atlas
atmosphere atmospheric atmospherically atoll atom atomic atomizer atonal atonality atone atonement
atop atria atrium atrocious atrociousness atrocity atrophy attach attachment attack attacker attain
attainable attainment attar attempt attend attendance attendant attender attention attentive
attentiveness attenuate attenuation attest attestation attic attire attitude attitudinize attorney
attract attraction attractive attractiveness attributable attribute attribution attributive
attrition attune atty atwitter atypical auburn auction auctioneer audacious audaciousness audacity
audibility audible audibly audience audio audiophile audiovisual audit audition auditor auditoria
auditorium auditory auger aught augment augmentation augur augury august auguster augustest auk
aunt aura aurae aural aureola aureole auricle auspice auspicious auspiciousness austere austerer
austerest austerity authentic authentically authenticate authentication authenticity author
authoritarian authoritarianism authoritative authoritativeness authority authorization authorize
authorship autism autistic auto autobiographical autobiography autocracy autocrat autocratic
autocratically autograph autoimmune automata automate automatic automatically automation automaton
automobile automotive autonomous autonomy autopilot autopsy autoworker autumn autumnal auxiliary
avail availability available avalanche avarice avaricious avast avatar avdp avenge avenger avenue
aver average averred averring averse aversion avert avg avian aviary aviation aviator aviatrices
aviatrix avid avidity avionics avocado avocadoes avocation avoid avoidable avoidably avoidance
avoirdupois avow avowal avuncular aw await awake awaken award aware awareness awash away awe aweigh
awesome awestricken awestruck awful awfuller awfullest awfulness awhile awkward awkwarder
awkwardest awkwardness awl awning awoke awoken awol awry ax axe axial axiom axiomatic axiomatically
axis axle axon ay ayatollah aye azalea azimuth azure baa babble babbler babe babel babier babiest
baboon babushka baby babyhood babyish babysat babysit babysitter babysitting baccalaureate
bacchanal bacchanalian bachelor bacilli bacillus back backache backbit backbite backbiter
backbitten backboard backbone backbreaking backdate backdrop backer backfield backfire backgammon
background backhand backhoe backlash backless backlog backlogged backlogging backpack backpacker
backpedal backpedalled backpedalling backrest backside backslapper backslash backslid backslidden
backslide backslider backspace backspin backstabbing backstage backstairs backstop backstopped
backstopping backstory backstretch backstroke backtrack backup backward backwardness backwash
backwater backwoods backyard bacon bacteria bacterial bacteriological bacteriologist bacteriology
bacterium bad badder baddest bade badge badger badinage badlands badminton badmouth badness baffle
bafflement bag bagatelle bagel baggage bagged baggier baggiest bagginess bagging baggy bagpipe bah
bail bailiff bailiwick bailout bait baize bake baker bakery balalaika balance balcony bald balder
balderdash baldest baldness bale baleen baleful balk balkier balkiest balky ball ballad balladeer
ballast ballerina ballet ballistic balloon balloonist ballot ballpark ballplayer ballpoint ballroom
ballsier ballsiest ballsy ballyhoo balm balmier balmiest balminess balmy baloney balsa balsam
baluster balustrade bamboo bamboozle ban banal banality banana band bandage bandana bandanna
bandier bandiest bandit banditry banditti bandoleer bandolier bandstand bandwagon bandwidth bandy
bane baneful bang bangle bani banish banishment banister banjo banjoes banjoist bank bankbook
banker banknote bankroll bankrupt bankruptcy banned banner banning bannister banns banquet banshee
bantam bantamweight banter banyan baobab baptism baptismal baptist baptistery baptistry baptize bar
barb barbacoa barbarian barbaric barbarism barbarity barbarous barbecue barbell barbeque barber
barberry barbershop barbiturate bard bare bareback barefaced barefoot barehanded bareheaded
bareness barer barest barf bargain bargainer barge barista baritone barium bark barker barley
barmaid barman barn barnacle barney barnstorm barnyard barometer barometric baron baroness baronet
baronial baroque barrack barracuda barrage barred barrel barrelled barrelling barren barrener
barrenest barrenness barrette barricade barrier barring barrio barrister barroom barrow bartender
barter basal basalt base baseball baseboard baseless baseline baseman basemen basement baseness
baser basest bash bashful bashfulness basic basically basil basilica basin basis bask basket
basketball bass bassi bassinet bassist basso bassoon bassoonist bast bastard bastardize baste
bastion bat batch bate bath bathe bather bathhouse bathmat bathos bathrobe bathroom bathtub batik
baton batsman batsmen battalion batted batten batter battery battier battiest batting battle
battlefield battleground battlement battleship batty bauble baud bauxite bawdier bawdiest bawdily
bawdiness bawdy bawl bay bayberry bayonet bayonetted bayonetting bayou bazaar bazillion bazooka be
beach beachcomber beachhead beacon bead beadier beadiest beady beagle beak beaker beam bean beanbag
bear bearable beard bearer bearish bearskin beast beastlier beastliest beastliness beat beaten
beater beatific beatification beatify beatitude beatnik beau beauteous beautician beautification
beautifier beautiful beautify beauty beaux beaver bebop becalm became because beck beckon become
bed bedazzle bedbug bedclothes bedded bedder bedding bedeck bedevil bedevilled bedevilling
bedevilment bedfellow bedlam bedpan bedraggle bedridden bedrock bedroll bedroom bedside bedsore
bedspread bedstead bedtime bee beech beechnut beef beefburger beefier beefiest beefsteak beefy
beehive beekeeper beekeeping beeline been beep beeper beer beeswax beet beetle beeves befall
befallen befell befit befitted befitting befog befogged befogging before beforehand befoul befriend
befuddle beg began begat beget begetting beggar begged begging begin beginner beginning begone
begonia begot begotten begrudge beguile begun behalf behalves behave behavior behavioral behead
beheld behemoth behest behind behold beholden beholder behoove beige belabor belated belay belch
beleaguer belfry belie belief believable believe believer belittle bell belladonna bellboy belle
bellhop bellicose bellicosity belligerence belligerency belligerent bellow bellwether belly
bellyache bellybutton bellyful belong beloved below belt beltway belying bemoan bemuse bench
benchmark bend bender beneath benediction benefaction benefactor benefactress benefice beneficence
beneficent beneficial beneficiary benefit benefitted benefitting benevolence benevolent benighted
benign bent benumb benzene bequeath bequest berate bereave bereavement bereft beret berg beriberi
berm berry berserk berth beryl beryllium beseech beset besetting beside besiege besieger besmirch
besom besot besotted besotting besought bespeak bespoke bespoken best bestial bestiality bestiary
bestir bestirred bestirring bestow bestowal bestrid bestridden bestride bestrode bestseller bet
beta betake betaken betcha bethink bethought betide betoken betook betray betrayal betrayer betroth
betrothal betted better betterment betting bettor between betwixt bevel bevelled bevelling beverage
bevy bewail beware bewilder bewilderment bewitch beyond biannual bias biassed biassing biathlon bib
bible biblical bibliographer bibliographic bibliographical bibliography bibliophile bibulous
bicameral bicentennial bicep bicker bicuspid bicycle bicyclist bid bidden bidder bidding biddy bide
bidet bidirectional biennial bier biff bifocal bifurcate bifurcation big bigamist bigamous bigamy
bigger biggest biggie bighearted bighorn bight bigmouth bigness bigot bigotry bigwig bike biker
bikini bilateral bile bilge bilingual bilious bilk bill billboard billet billfold billiards billion
billionaire billionth billow billowy billy bimbo bimboes bimonthly bin binary bind binder bindery
binge bingo binnacle binned binning binocular binomial biochemical biochemist biochemistry
biodegradable biodiversity biofeedback biographer biographical biography biological biologist
biology biomedical bionic biophysicist biophysics biopsy biorhythm biosphere biotechnology
bipartisan bipartite biped bipedal biplane bipolar biracial birch bird birdbath birdbrained
birdcage birdhouse birdie birdseed birdwatcher biretta birth birthday birther birthmark birthplace
birthrate birthright birthstone biscuit bisect bisection bisector bisexual bisexuality bishop
bishopric bismuth bison bisque bistro bit bitch bitchier bitchiest bitchy bitcoin bite bitmap
bitten bitter bitterer bitterest bittern bitterness bittersweet bitumen bituminous bivalve bivouac
bivouacked bivouacking biweekly bizarre blab blabbed blabbermouth blabbing black blackball
blackberry blackbird blackboard blackcurrant blacken blacker blackest blackguard blackhead blackish
blackjack blacklist blackmail blackmailer blackness blackout blacksmith blackthorn blacktop
blacktopped blacktopping bladder blade blah blame blameless blamer blameworthy blammo blanch
blancmange bland blander blandest blandishment blandness blank blanker blankest blanket blankness
blare blarney blaspheme blasphemer blasphemous blasphemy blast blaster blastoff blat blatant blaze
blazer blazon bldg bleach bleacher bleak bleaker bleakest bleakness blearier bleariest blearily
bleary bleat bled bleed bleeder bleep blemish blench blend blender blent bless blessedness blest
bletch blew blight blimp blind blinder blindest blindfold blindness blindside bling blink blinker
blintz blintze blip bliss blissful blissfulness blister blithe blither blithest blitz blivet
blizzard bloat bloatware blob blobbed blobbing bloc block blockade blockage blockbuster blockchain
blockhead blockhouse blog blogged blogger blogging blond blonde blonder blondest blondness blood
bloodbath bloodcurdling bloodhound bloodier bloodiest bloodless bloodmobile bloodshed bloodshot
bloodstain bloodstream bloodsucker bloodthirstier bloodthirstiest bloodthirstiness bloodthirsty
bloody bloom bloomer blooper blossom blot blotch blotchier blotchiest blotchy blotted blotter
blotting blouse blow blower blowgun blown blowout blowsier blowsiest blowsy blowtorch blowup
blowzier blowziest blowzy blubber bludgeon blue bluebell blueberry bluebird bluebottle bluefish
bluegrass bluejacket bluejay bluenose blueprint bluer bluest bluestocking bluff bluffer bluffest
bluish blunder blunderbuss blunderer blunt blunter bluntest bluntness blur blurb blurred blurrier
blurriest blurring blurry blurt blush blusher bluster blustery blvd boa boar board boarder
boardinghouse boardroom boardwalk boast boaster boastful boastfulness boat boater boatman boatmen
boatswain bob bobbed bobbin bobbing bobble bobby bobcat bobolink bobsled bobsledded bobsledding
bobtail bobwhite bode bodega bodice bodily bodkin body bodybuilding bodyguard bodywork bog boga
bogey bogeyman bogeymen bogged boggier boggiest bogging boggle boggy bogie bogon bogosity bogus
bogy bohemian boil boiler boilerplate boink boisterous boisterousness bola bold bolder boldest
boldface boldness bole bolero boll bologna boloney bolster bolt bomb bombard bombardier bombardment
bombast bombastic bomber bombshell bonanza bonbon bond bondage bondsman bondsmen bone bonehead
boneless boner boney boneyer boneyest bonfire bong bongo bongoes bonier boniest bonito bonitoes
bonkers bonnet bonnie bonnier bonniest bonny bonsai bonus bony boo boob booby boodle boogie book
bookcase bookend bookie bookish bookkeeper bookkeeping booklet bookmaker bookmaking bookmark
bookmobile bookseller bookshelf bookshelves bookshop bookstore bookworm boom boomerang boon
boondocks boondoggle boor boorish boost booster boot bootblack bootee booth bootie bootleg
bootlegged bootlegger bootlegging bootless bootstrap booty booze boozer boozier booziest boozy bop
bopped bopping borax bordello border borderland borderline bore boredom borer born borne boron
borough borrow borrower borsch borscht bosh bosom boss bossier bossiest bossily bossiness bossy
bosun bot botanical botanist botany botch both bother bothersome botnet bottle bottleneck bottom
bottomless botulism boudoir bouffant bough bought bouillabaisse bouillon boulder boulevard bounce
bouncer bouncier bounciest bouncy bound boundary bounden bounder boundless bounteous bountiful
bounty bouquet bourbon bourgeois bourgeoisie boustrophedon bout boutique bovine bow bowdlerize
bowel bower bowl bowlder bowlegged bowler bowman bowmen bowsprit bowstring box boxcar boxen boxer
boxwood boy boycott boyfriend boyhood boyish boyishness boysenberry bozo bpm bra brace bracelet
bracken bracket brackish bract brad brag braggart bragged bragger bragging braid braille brain
brainchild brainchildren brainier brainiest brainless brainstorm brainteaser brainwash brainy
braise brake brakeman brakemen bramble bran branch brand brandish brandy brash brasher brashest
brashness brassier brassiere brassiest brassy brat brattier brattiest bratty bravado brave braver
bravery bravest bravo bravura brawl brawler brawn brawnier brawniest brawniness brawny bray brazen
brazenness brazier breach bread breadbasket breadfruit breadth breadwinner break breakable breakage
breakdown breaker breakfast breakneck breakpoints breakthrough breakup breakwater breast breastbone
breastplate breaststroke breastwork breath breathable breathe breather breathier breathiest
breathless breathlessness breathtaking breathy bred breech breed breeder breeze breezier breeziest
breezily breeziness breezy brethren breviary brevity brew brewer brewery briar bribe bribery brick
brickbat bricklayer bricklaying bridal bride bridegroom bridesmaid bridge bridgehead bridgework
bridle brief briefcase briefer briefest briefness brier brig brigade brigand brigandage brigantine
bright brighten brighter brightest brightness brilliance brilliancy brilliant brim brimful brimfull
brimmed brimming brimstone brindled brine bring brinier briniest brink brinkmanship brinksmanship
briny briquet briquette brisk brisker briskest brisket briskness bristle bristlier bristliest
bristly britches brittle brittleness brittler brittlest broach broad broadband broadcast
broadcaster broadcloth broaden broader broadest broadloom broadness broadside broadsword brocade
broccoli brochure brogan brogue broil broiler broke broken brokenhearted broker brokerage bromide
bromine bronchi bronchial bronchitis broncho bronchus bronco brontosaur brontosauri brontosaurus
bronze brooch brood brooder brook broom broomstick broth brothel brother brotherhood brotherliness
brought brouhaha brow browbeat browbeaten brown browner brownest brownie brownish brownout
brownstone browse browser brr bruin bruise bruiser brunch brunet brunette brunt brush brushwood
brusk brusker bruskest bruskness brusque brusqueness brusquer brusquest brutal brutality brutalize
brute brutish bubble bubblier bubbliest bubbly buccaneer buck buckboard bucket bucketful buckeye
buckle buckler buckram bucksaw buckshot buckskin buckteeth bucktooth buckwheat buckyball bucolic
bud budded budding buddy budge budgerigar budget budgetary budgie buff buffalo buffaloes buffer
buffet buffoon buffoonery bug bugaboo bugbear bugged bugger buggier buggiest bugging buggy bugle
bugler build builder buildup built builtin bulb bulbous bulge bulgier bulgiest bulgy bulimia
bulimic bulk bulkhead bulkier bulkiest bulkiness bulky bull bulldog bulldogged bulldogging bulldoze
bulldozer bullet bulletin bulletproof bullfight bullfighter bullfinch bullfrog bullheaded bullhorn
bullion bullish bullock bullpen bullring bullshit bullshitted bullshitting bully bulrush bulwark
bum bumble bumblebee bumbler bummed bummer bummest bumming bump bumper bumpier bumpiest bumpkin
bumptious bumpy bun bunch buncombe bundle bung bungalow bunghole bungle bungler bunion bunk bunker
bunkhouse bunkum bunny bunt buoy buoyancy buoyant bur burble burden burdensome burdock bureau
bureaucracy bureaucrat bureaucratic bureaucratically bureaux burg burgeon burger burgher burglar
burglarize burglary burgle burial burka burlap burlesque burlier burliest burliness burn burner
burnish burnoose burnous burnout burnt burp burr burrito burro burrow bursar bursitis burst bury
bus busboy busby bush bushel bushelled bushelling bushier bushiest bushiness bushman bushmen
bushwhack bushwhacker bushy busier busiest busily business businesslike businessman businessmen
businesswoman businesswomen bust buster bustle busy busybody busyness busywork but butane butch
butcher butchery butler butt butte butter buttercup butterfat butterfingers butterfly butterier
butteriest buttermilk butternut butterscotch buttery buttock button buttonhole buttress buxom buy
buyer buyout buzz buzzard buzzer buzzkill buzzword by bye byelaw bygone bylaw byline bypass bypast
byplay byproduct bystander byte byway byword ca cab cabal cabana cabaret cabbage cabbed cabbie
cabbing cabby cabin cabinet cabinetmaker cable cablecast cablegram caboodle caboose cacao cache
cachet cackle cacophonous cacophony cacti cactus cad cadaver cadaverous caddie caddish caddy
cadence cadenza cadet cadge cadger cadmium cadre caducei caduceus caesarean caesarian caesura
caesurae cafeteria caffeinated caffeine caftan cage cagey cageyness cagier cagiest cagily caginess
cagy cahoot cairn caisson cajole cajolery cake cal calabash calamine calamitous calamity calcify
calcine calcite calcium calculable calculate calculation calculator calculi calculus caldron
calendar calf calfskin caliber calibrate calibration calibrator calico calicoes calif caliper
caliph caliphate calisthenic calk call callable caller calligrapher calligraphy calliope calliper
callisthenics callous callousness callow callower callowest callus calm calmer calmest calmness
caloric calorie calorific calumniate calumny calve calyces calypso calyx cam camaraderie camber
cambia cambium cambric camcorder came camel camellia cameo camera cameraman cameramen camerawoman
camerawomen camisole camomile camouflage camp campaign campaigner campanile campanili camper
campfire campground camphor campier campiest campsite campus campy camshaft can canal canard canary
canasta cancan cancel cancelation cancellation cancelled cancelling cancer cancerous candelabra
candelabrum candid candidacy candidate candidness candle candlelight candlestick candor candy cane
canine canister canker cankerous cannabis canned cannery cannibal cannibalism cannibalistic
cannibalize cannier canniest cannily canniness canning cannon cannonade cannonball cannot canny
canoe canoeist canon canonical canonization canonize canopy cant cantaloup cantaloupe cantankerous
cantankerousness cantata canteen canter canticle cantilever canto canton cantor canvas canvasback
canvasser canyon cap capability capable capably capacious capaciousness capacitance capacitor
capacity caparison cape caper capillary capital capitalism capitalist capitalistic capitalization
capitalize capitol capitulate capitulation caplet capon capped capping cappuccino caprice
capricious capriciousness capsize capstan capsule captain captaincy caption captious captivate
captivation captive captivity captor capture car caracul carafe caramel carapace carat caravan
caraway carbide carbine carbohydrate carbon carbonate carbonation carboy carbs carbuncle carburetor
carcass carcinogen carcinogenic carcinoma carcinomata card cardboard cardiac cardigan cardinal
cardio cardiogram cardiologist cardiology cardiopulmonary cardiovascular cardsharp care careen
career carefree careful carefuller carefullest carefulness caregiver careless carelessness caret
caretaker careworn carfare cargo cargoes caribou caricature caricaturist caries carillon carjack
carjacker carmine carnage carnal carnation carnelian carnival carnivore carnivorous carol caroler
carolled caroller carolling carom carotid carousal carouse carousel carouser carp carpal carpel
carpenter carpentry carpet carpetbag carpetbagged carpetbagger carpetbagging carpi carport carpus
carrel carriage carriageway carrier carrion carrot carrousel carry carryall carryout carsick
carsickness cart cartel cartilage cartilaginous cartographer cartography carton cartoon cartoonist
cartridge cartwheel carve carver caryatid caryatides cascade case casein caseload casement casework
caseworker cash cashback cashew cashier cashmere casino cask casket cassava casserole cassette
cassia cassino cassock cast castanet castaway caste caster castigate castigation castigator castle
castoff castor castrate castration casual casualness casualty casuist casuistry cat cataclysm
cataclysmic catacomb catafalque catalepsy cataleptic catalog cataloger catalogue cataloguer catalpa
catalysis catalyst catalytic catalyze catamaran catapult cataract catarrh catastrophe catastrophic
catastrophically catatonic catbird catboat catcall catch catchall catcher catchier catchiest
catchment catchphrase catchup catchword catchy catechise catechism catechize categorical
categorization categorize category cater caterer caterpillar caterwaul catfish catgut catharses
catharsis cathartic cathedral catheter cathode catholic catholicity cation catkin catnap catnapped
catnapping catnip catsup cattail catted cattier cattiest cattily cattiness catting cattle cattleman
cattlemen catty catwalk caucus caucussed caucussing caudal caught cauldron cauliflower caulk causal
causality causation causative cause causeless causeway caustic caustically cauterize caution
cautionary cautious cautiousness cavalcade cavalier cavalry cavalryman cavalrymen cave caveat
caveman cavemen cavern cavernous caviar caviare cavil cavilled cavilling cavity cavort caw cayenne
cc cease ceasefire ceaseless cedar cede cedilla ceiling celebrant celebrate celebration celebratory
celebrity celerity celery celesta celestial celibacy celibate cell cellar celli cellist cello
cellophane cellular cellulite celluloid cellulose cement cemetery cenotaph censer censor censorious
censorship censure census cent centaur centenarian centenary centennial center centerfold
centerpiece centigrade centigram centigramme centiliter centime centimeter centipede central
centralization centralize centrifugal centrifuge centripetal centrist centurion century cephalic
ceramic cereal cerebella cerebellum cerebra cerebral cerebrum ceremonial ceremonious ceremony
cerise certain certainty certifiable certificate certification certify certitude cerulean cervical
cervices cervix cesarean cesarian cesium cessation cession cesspool cetacean cf ch chad chafe chaff
chaffinch chagrin chagrinned chagrinning chain chainsaw chair chairlift chairman chairmanship
chairmen chairperson chairwoman chairwomen chaise chalet chalice chalk chalkboard chalkier
chalkiest chalky challenge challenger chamber chamberlain chambermaid chambray chameleon chammy
chamois chamoix chamomile champ champagne champion championship chance chancel chancellery
chancellor chancery chancier chanciest chancy chandelier chandler change changeable changeling
changeover channel channelled channelling chant chanter chantey chanticleer chanty chaos chaotic
chaotically chap chaparral chapel chaperon chaperone chaplain chaplaincy chaplet chapped chapping
chapt chapter char character characteristic characteristically characterization characterize
charade charbroil charcoal charge chargeable charger charier chariest charily chariot charioteer
charisma charismatic charitable charitably charity charlatan charm charmer charred charring chart
charter chartreuse charwoman charwomen chary chase chaser chasm chassis chaste chasten chaster
chastest chastise chastisement chastity chasuble chat chateaus chatted chattel chatter chatterbox
chatterer chattier chattiest chattily chattiness chatting chatty chauffeur chauvinism chauvinist
chauvinistic cheap cheapen cheaper cheapest cheapness cheapskate cheat cheater check checkbook
checker checkerboard checklist checkmate checkout checkpoint checkroom checkup cheddar cheek
cheekbone cheekier cheekiest cheekily cheekiness cheeky cheep cheer cheerful cheerfuller
cheerfullest cheerfulness cheerier cheeriest cheerily cheeriness cheerleader cheerless
cheerlessness cheery cheese cheeseburger cheesecake cheesecloth cheesier cheesiest cheesy cheetah
chef chem chemical chemise chemist chemistry chemotherapy chenille cherish cheroot cherry cherub
cherubic cherubim chervil chess chessboard chessman chessmen chest chestnut chevron chew chewer
chewier chewiest chewy chi chiaroscuro chic chicanery chicer chicest chichi chick chickadee chicken
chickenpox chickpea chickweed chicle chicory chid chidden chide chief chiefer chiefest chieftain
chiffon chigger chignon chilblain child childbearing childbirth childcare childhood childish
childishness childless childlessness childlike childproof children chile chili chilies chill
chiller chillest chilli chillier chilliest chilliness chilly chimaera chime chimera chimerical
chimney chimp chimpanzee chin china chinchilla chink chinned chinning chino chinstrap chintz
chintzier chintziest chintzy chip chipmunk chipped chipper chipping chiropodist chiropody
chiropractic chiropractor chirp chirrup chirrupped chirrupping chisel chiseler chiselled chiseller
chiselling chit chitchat chitchatted chitchatting chitin chitlings chitlins chitterlings chivalrous
chivalry chive chloride chlorinate chlorination chlorine chlorofluorocarbon chloroform chlorophyll
chock chocolate choice choicer choicest choir choke choker choler cholera choleric cholesterol
chomp chomper choose choosey choosier choosiest choosy chop chopped chopper choppier choppiest
choppily choppiness chopping choppy chopstick choral chorale chord chore choreograph choreographer
choreographic choreography chorister chortle chorus chorussed chorussing chose chosen chow chowder
christen chromatic chrome chromium chromosome chronic chronically chronicle chronicler
chronological chronology chronometer chrysalides chrysalis chrysanthemum chubbier chubbiest
chubbiness chubby chuck chuckhole chuckle chug chugged chugging chum chummed chummier chummiest
chumminess chumming chummy chump chunk chunkier chunkiest chunkiness chunky church churchgoer
churchman churchmen churchyard churl churlish churlishness churn chute chutney chutzpa chutzpah
chyron ciabatta cicada cicadae cicatrice cicatrix cider cigar cigaret cigarette cigarillo cilantro
cilia cilium cinch cinchona cincture cinder cinema cinematic cinematographer cinematography
cinnabar cinnamon cipher circa circadian circle circlet circuit circuitous circuitry circular
circularity circularize circulate circulation circulatory circumcise circumcision circumference
circumflex circumlocution circumnavigate circumnavigation circumscribe circumscription circumspect
circumspection circumstance circumstantial circumvent circumvention circus cirrhosis cirrus cis
cisgender cistern citadel citation cite citizen citizenry citizenship citric citron citronella
citrous citrus city civet civic civies civil civilian civility civilization civilize civvies clack
clad claim claimant clairvoyance clairvoyant clam clambake clamber clammed clammier clammiest
clamminess clamming clammy clamor clamorous clamp clampdown clan clandestine clang clangor clank
clannish clap clapboard clapped clapper clapping claptrap claret clarification clarify clarinet
clarinetist clarinettist clarion clarity clash clasp class classic classical classicism classicist
classier classiest classifiable classification classify classiness classless classmate classroom
classy clatter clause claustrophobia claustrophobic clavichord clavicle claw clay clayey clayier
clayiest clean cleaner cleanest cleanlier cleanliest cleanliness cleanness cleanse cleanser cleanup
clear clearance clearer clearest clearinghouse clearness cleat cleavage cleave cleaver clef cleft
clematis clemency clement clench clerestory clergy clergyman clergymen clergywoman clergywomen
cleric clerical clerk clever cleverer cleverest cleverness clew click clickable clickbait client
cliff cliffhanger clii climactic climate climatic climax climb climber clime clinch clincher cling
clingier clingiest clingy clinic clinical clinician clink clinker clip clipboard clipped clipper
clipping clipt clique cliquish clit clitoral clitoris clix cloak cloakroom clobber cloche clock
clockwise clockwork clod clodhopper clog clogged clogging cloister clomp clone clop clopped
clopping close closefisted closemouthed closeness closeout closer closest closet closure clot cloth
clothe clothesline clothespin clothier clotted clotting cloture cloud cloudburst cloudier cloudiest
cloudiness cloudless cloudy clout clove cloven clover cloverleaf cloverleaves clown clownish
clownishness cloy club clubbed clubbing clubfeet clubfoot clubhouse cluck clue clueless clump
clumsier clumsiest clumsily clumsiness clumsy clung clunk clunker clunkier clunkiest clunky cluster
clutch clutter clvi clvii clxi clxii clxiv clxix clxvi clxvii cm coach coachman coachmen coagulant
coagulate coagulation coal coalesce coalescence coalition coarse coarsen coarseness coarser
coarsest coast coastal coaster coastline coat coauthor coax cob cobalt cobble cobbler cobblestone
cobra cobweb cocaine cocci coccus coccyges coccyx cochlea cochleae cock cockade cockamamie cockatoo
cockerel cockeyed cockfight cockier cockiest cockily cockiness cockle cockleshell cockney cockpit
cockroach cockscomb cocksucker cocksure cocktail cocky cocoa cocoanut coconut cocoon cod coda
codded codding coddle code codeine codependency codependent codex codfish codger codices codicil
codification codify coed coeducation coeducational coefficient coequal coerce coercion coercive
coeval coexist coexistence coffee coffeecake coffeehouse coffeepot coffer coffin cog cogency cogent
cogitate cogitation cognac cognate cognition cognitive cognizance cognizant cognomen cognomina
cogwheel cohabit cohabitation cohere coherence coherent cohesion cohesive cohesiveness cohort coif
coiffed coiffing coiffure coil coin coinage coincide coincidence coincident coincidental coital
coitus coke col cola colander cold colder coldest coldness coleslaw colic colicky coliseum colitis
collaborate collaboration collaborative collaborator collage collapse collapsible collar collarbone
collate collateral collation colleague collect collectable collectible collection collective
collectivism collectivist collectivize collector colleen college collegian collegiate collide
collie collier colliery collision collocate collocation colloid colloquia colloquial colloquialism
colloquium colloquy collude collusion collusive cologne colon colonel colones colonial colonialism
colonialist colonist colonization colonize colonizer colonnade colonoscopy colony color coloration
coloratura colorblind colorfast colorful colorless colossal colossi colossus colt coltish columbine
column columnist coma comatose comb combat combatant combative combatted combatting combination
combine combo combustibility combustible combustion come comeback comedian comedic comedienne
comedown comedy comelier comeliest comeliness comer comestible comet comeuppance comfier comfiest
comfort comfortable comfortably comforter comfy comic comical comity comm comma command commandant
commandeer commander commandment commando commandoes commemorate commemoration commemorative
commence commencement commend commendable commendably commendation commensurable commensurate
comment commentary commentate commentator commerce commercial commercialism commercialization
commercialize commingle commiserate commiseration commissar commissariat commissary commission
commissioner commit commitment committal committed committee committing commode commodious
commodity commodore common commoner commonest commonplace commonwealth commotion communal commune
communicable communicant communicate communication communicative communicator communion communique
communism communist communistic community commutation commutative commute commuter compact
compacter compactest compaction compactness compactor companion companionable companionship
companionway company comparability comparable comparably comparative compare comparison compartment
compartmentalize compass compassion compassionate compatibility compatible compatibly compatriot
compel compelled compelling compendia compendium compensate compensation compensatory compete
competence competency competent competition competitive competitiveness competitor compilation
compile compiler complacence complacency complacent complain complainant complainer complaint
complaisance complaisant complected complement complementary complete completeness completer
completest completion complex complexion complexity compliance compliant complicate complication
complicity compliment complimentary comply compo component comport comportment compose composer
composite composition compositor compost composure compote compound comprehend comprehensibility
comprehensible comprehension comprehensive comprehensiveness compress compression compressor
comprise compromise comptroller compulsion compulsive compulsiveness compulsorily compulsory
compunction computation computational compute computer computerization computerize comrade
comradeship con concatenate concatenation concave concavity conceal concealment concede conceit
conceivable conceivably conceive concentrate concentration concentric concentrically concept
conception conceptual conceptualization conceptualize concern concert concerti concertina
concertmaster concerto concession concessionaire conch concierge conciliate conciliation
conciliator conciliatory concise conciseness conciser concisest conclave conclude conclusion
conclusive concoct concoction concomitant concord concordance concordant concourse concrete
concubine concur concurred concurrence concurrency concurrent concurring concussion condemn
condemnation condemnatory condensation condense condenser condescend condescension condiment
condition conditional conditioner condo condoes condole condolence condom condominium condone
condor conduce conducive conduct conduction conductive conductivity conductor conduit cone confab
confabbed confabbing confection confectioner confectionery confederacy confederate confederation
confer conference conferment conferred conferrer conferring confess confession confessional
confessor confetti confidant confidante confide confidence confident confidential confidentiality
configurable configuration configure confine confinement confirm confirmation confirmatory
confiscate confiscation conflagration conflict confluence confluent conform conformance
conformation conformist conformity confound confront confrontation confrontational confuse confuser
confusion confute conga congeal congenial congeniality congenital congest congestion congestive
conglomerate conglomeration congratulate congratulation congratulatory congregate congregation
congregational congress congressional congressman congressmen congresswoman congresswomen
congruence congruent congruity congruous conic conical conifer coniferous conj conjectural
conjecture conjoin conjoint conjugal conjugate conjugation conjunction conjunctive conjunctivitis
conjuncture conjure conjurer conjuror conk connect connecter connection connective connectivity
connector conned conning connivance connive conniver connoisseur connotation connotative connote
connubial conquer conqueror conquest conquistador conquistadores consanguinity conscience
conscientious conscientiousness conscious consciousness conscript conscription consecrate
consecration consecutive consensual consensus consent consequence consequent consequential
conservation conservationist conservatism conservative conservator conservatory conserve consider
considerable considerably considerate consideration consign consignment consist consistency
consistent consolation console consolidate consolidation consonance consonant consort consortia
consortium conspicuous conspiracy conspirator conspiratorial conspire constable constabulary
constancy constant constellation consternation constipate constipation constituency constituent
constitute constitution constitutional constitutionality constrain constraint constrict
constriction constrictive constrictor construct construction constructive constructor construe
consul consular consulate consult consultancy consultant consultation consultative consumable
consume consumer consumerism consummate consummation consumption consumptive cont contact
contactable contagion contagious contain container containment contaminant contaminate
contamination contd contemplate contemplation contemplative contemporaneous contemporary contempt
contemptible contemptibly contemptuous contend contender content contentedness contention
contentious contentment contest contestant context contextual contiguity contiguous continence
continent continental contingency contingent continua continual continuance continuation continue
continuity continuous continuum contort contortion contortionist contour contraband contraception
contraceptive contract contractile contraction contractor contractual contradict contradiction
contradictory contradistinction contrail contralto contraption contrapuntal contrarily contrariness
contrariwise contrary contrast contravene contravention contretemps contribute contribution
contributor contributory contrite contrition contrivance contrive control controllable controlled
controller controlling controversial controversy controvert contumacious contumely contuse
contusion conundrum conurbation convalesce convalescence convalescent convection convene
convenience convenient convent convention conventional conventionality converge convergence
convergent conversant conversation conversational conversationalist converse conversion convert
converter convertible convertor convex convexity convey conveyance conveyer conveyor convict
conviction convince convivial conviviality convocation convoke convoluted convolution convoy
convulse convulsion convulsive coo cook cookbook cooker cookery cookie cookout cooky cool coolant
cooler coolest coolie coolness coon coop cooper cooperate cooperation cooperative coordinate
coordination coordinator coot cootie cop cope copeck copier copilot copious copped copper
copperhead coppery coppice copping copra copse copter copula copulae copulate copulation copy
copycat copycatted copycatting copyleft copyright copywriter coquette coquettish coral cord cordial
cordiality cordite cordless cordon corduroy core corespondent coriander cork corkscrew corm
cormorant corn cornball cornbread corncob cornea corneal corner cornerstone cornet cornflakes
cornflower cornice cornier corniest cornmeal cornrow cornstalk cornstarch cornucopia corny corolla
corollary corona coronae coronary coronation coronavirus coroner coronet corp corpora corporal
corporate corporation corporeal corpse corpulence corpulent corpus corpuscle corral corralled
corralling correct correctable correcter correctest correction correctional corrective correctness
corrector correlate correlation correlative correspond correspondence correspondent corridor
corroborate corroboration corroborative corrode corrosion corrosive corrugate corrugation corrupt
corrupter corruptest corruptible corruption corruptness corsage corsair corset cortex cortical
cortices cortisone coruscate cosier cosiest cosign cosignatory cosigner cosine cosmetic
cosmetically cosmetologist cosmetology cosmic cosmically cosmogony cosmological cosmologist
cosmology cosmonaut cosmopolitan cosmos cosplay cosponsor cost costar costarred costarring costlier
costliest costliness costume cosy cot cote coterie cotillion cottage cotter cotton cottonmouth
cottonseed cottontail cottonwood cotyledon couch cougar cough could council councillor councilman
councilmen councilor councilwoman councilwomen counsel counselled counsellor counselor count
countable countably countdown countenance counter counteract counteraction counterattack
counterbalance counterclaim counterclockwise counterculture counterespionage counterexample
counterfeit counterfeiter counterintelligence countermand counteroffer counterpane counterpart
counterpoint counterproductive counterrevolution counterrevolutionary countersank countersign
countersink countersunk countertenor counterweight countess countless countrified country
countryman countrymen countryside countrywoman countrywomen county coup coupe couple couplet coupon
courage courageous courier course courser court courteous courteousness courtesan courtesy
courthouse courtier courtlier courtliest courtliness courtroom courtship courtyard cousin cove
coven covenant cover coverage coverall coverlet covert covet covetous covetousness covey cow coward
cowardice cowardliness cowbird cowboy cower cowgirl cowhand cowhide cowl cowlick coworker cowpoke
cowpox cowpuncher cowslip cox coxcomb coxswain coy coyer coyest coyness coyote cozen cozier coziest
cozily coziness cozy crab crabbed crabbier crabbiest crabbily crabbiness crabbing crabby crack
crackdown cracker crackerjack crackle crackpot crackup cradle craft craftier craftiest craftily
craftiness craftsman craftsmanship craftsmen crafty crag craggier craggiest craggy cram crammed
cramming cramp cranberry crane crania cranial cranium crank crankcase crankier crankiest crankiness
crankshaft cranky cranny crap crape crapped crappier crappiest crapping crappy crash crass crasser
crassest crassness crate crater cravat crave craven craw crawfish crawl crawlspace cray crayfish
crayola crayon craze crazier craziest crazily craziness crazy creak creakier creakiest creaky cream
creamer creamery creamier creamiest creaminess creamy crease create creation creationism creative
creativeness creativity creator creature credence credential credenza credibility credible credibly
credit creditable creditably creditor credo credulity credulous creed creek creel creep creeper
creepier creepiest creepily creepiness creepy cremate cremation crematoria crematorium crematory
creole creosote crepe crept crescendi crescendo crescent cress crest crestfallen cretin cretinous
crevasse crevice crew crewman crewmen crib cribbage cribbed cribbing crick cricket cricketer crier
crime criminal criminologist criminology crimp crimson cringe crinkle crinklier crinkliest crinkly
crinoline cripple crippleware crises crisis crisp crisper crispest crispier crispiest crispness
crispy crisscross criteria criterion critic critical criticism criticize critique critter croak
crochet croci crock crockery crocodile crocus crofts croissant crone crony crook crookeder
crookedest crookedness croon crooner crop cropped cropper cropping croquet croquette crosier cross
crossbar crossbeam crossbones crossbow crossbred crossbreed crosscheck crosser crossest crossfire
crossness crossover crosspiece crossroad crosstown crosswalk crossways crosswise crossword crotch
crotchet crotchety crouch croup croupier croupiest croupy crow crowbar crowd crowdfund crown
crozier crucial crucible crucifix crucifixion cruciform crucify crud cruddier cruddiest cruddy
crude crudeness cruder crudest crudity cruel crueler cruelest crueller cruellest cruelty cruet
cruft crufty cruise cruiser cruller crumb crumbier crumbiest crumble crumblier crumbliest crumby
crummier crummiest crummy crumpet crumple crunch cruncher crunchier crunchiest crunchy crusade
crusader crush crust crustacean crustier crustiest crusty crutch crux cry crybaby cryogenics crypt
cryptic cryptically cryptocurrency cryptogram cryptographer cryptography crystal crystalize
crystalline crystallization crystallize crystallographic crystallography cs ct cu cub cubbyhole
cube cubic cubical cubicle cubism cubist cubit cuckold cuckoo cucumber cud cuddle cuddlier
cuddliest cuddly cudgel cudgelled cudgelling cue cuff cuisine culinary cull cullender culminate
culmination culotte culpability culpable culprit cult cultivate cultivation cultivator cultural
culture culvert cum cumbersome cumin cummerbund cumming cumquat cumulative cumuli cumulus cuneiform
cunnilingus cunning cunninger cunningest cunt cup cupboard cupcake cupful cupid cupidity cupola
cupped cupping cupsful cur curable curacy curate curative curator curb curd curdle cure curer
curfew curie curio curiosity curious curl curler curlew curlicue curlier curliest curliness
curlycue curmudgeon currant currency current curricula curriculum curry currycomb curse cursive
cursor cursorily cursory curst curt curtail curtailment curtain curter curtest curtness curtsey
curtsy curvaceous curvacious curvature curve curvier curviest curvy cushier cushiest cushion cushy
cusp cuspid cuss custard custodial custodian custody custom customarily customary customer
customization customize cut cutback cute cuteness cuter cutesier cutesiest cutest cutesy cuticle
cutlass cutlery cutlet cutoff cutout cutter cutthroat cutting cuttlefish cutup cyanide cyberbully
cybernetic cyberpunk cybersex cyberspace cyclamen cycle cyclic cyclical cyclist cyclone cyclonic
cyclotron cygnet cylinder cylindrical cymbal cynic cynical cynicism cynosure cypress cyst cystic
cytology cytoplasm czar czarina dab dabbed dabbing dabble dabbler dacha dachshund dactyl dactylic
dad daddy dado dadoes daemon daffier daffiest daffodil daffy daft dafter daftest dagger
daguerreotype dahlia daily daintier daintiest daintily daintiness dainty daiquiri dairy dairymaid
dairyman dairymen dais daisy dale dalliance dally dalmatian dam damage damask dame dammed damming
damn damnable damnably damnation damndest damnedest damp dampen damper dampest dampness damsel
damson dance dancer dandelion dander dandier dandiest dandle dandruff dandy danger dangerous dangle
dank danker dankest dankness dapper dapperer dapperest dapple dare daredevil dark darken darker
darkest darkness darkroom darling darn darneder darnedest dart dartboard dash dashboard dashiki
dastardly data database datatype date dateline dative datum daub dauber daughter daunt dauntless
dauntlessness dauphin davenport davit dawdle dawdler dawn day daybed daybreak daydream daydreamer
daydreamt daylight daytime daze dazzle dd dded dding dds deacon deaconess deactivate dead deadbeat
deadbolt deaden deader deadest deadlier deadliest deadline deadlock deadpan deadpanned deadpanning
deadwood deaf deafen deafer deafest deafness deal dealer dealership dealt dean dear dearer dearest
dearness dearth death deathbed deathblow deathless deathlike deathtrap deaves deb debacle debar
debark debarkation debarment debarred debarring debase debasement debatable debate debater debauch
debauchery debenture debilitate debilitation debility debit debonair debrief debris debt debtor
debug debugged debugger debugging debunk debut decade decadence decadent decaf decaffeinate decal
decamp decant decanter decapitate decapitation decathlon decay decease decedent deceit deceitful
deceitfulness deceive deceiver decelerate deceleration decency decent decentralization decentralize
deception deceptive deceptiveness decibel decide deciduous decimal decimate decimation decipher
decipherable decision decisive decisiveness deck deckhand deckle declaim declamation declamatory
declaration declarative declare declassify declension declination decline declivity decode decoder
decolonization decolonize decommission decompose decomposition decompress decompression
decongestant deconstruction decontaminate decontamination decor decorate decoration decorative
decorator decorous decorum decoy decrease decree decremented decrements decrepit decrepitude
decrescendi decrescendo decriminalization decriminalize decry decryption dedicate dedication deduce
deducible deduct deductible deduction deductive deed deejay deem deep deepen deeper deepest
deepfake deepness deer deerskin deescalate deface defacement defamation defamatory defame default
defaulter defeat defeatism defeatist defecate defecation defect defection defective defector defend
defendant defender defenestration defense defenseless defensible defensive defensiveness defer
deference deferential deferment deferred deferring defiance defiant deficiency deficient deficit
defile defilement definable define definer definite definiteness definition definitive deflate
deflation deflect deflection deflector defogger defoliant defoliate defoliation deforest
deforestation deform deformation deformity defraud defray defrayal defrost defroster deft defter
deftest deftness defunct defuse defy degeneracy degenerate degeneration degenerative degradation
degrade degree dehumanization dehumanize dehumidifier dehumidify dehydrate dehydration deice deicer
deification deify deign deism deity deject dejection delay delectable delectation delegate
delegation delete deleterious deletion deleverage deli deliberate deliberation delicacy delicate
delicatessen delicious deliciousness delight delightful deliminator delimit delimiter delineate
delineation delinquency delinquent delint deliquescent deliria delirious delirium deliver
deliverance deliverer delivery dell delphinia delphinium delta delude deluge delusion delusive
deluxe delve demagnetization demagnetize demagog demagogic demagogry demagogue demagoguery demagogy
demand demarcate demarcation demean demeanor demented dementia demerit demesne demigod demijohn
demilitarization demilitarize demise demitasse demo demobilization demobilize democracy democrat
democratic democratically democratization democratize demographer demographic demographically
demography demolish demolition demon demoniac demoniacal demonic demonstrable demonstrably
demonstrate demonstration demonstrative demonstrator demoralization demoralize demote demotion
demount demur demure demurer demurest demurred demurring den denature dendrite deniability denial
denier denigrate denigration denim denizen denominate denomination denominational denominator
denotation denote denouement denounce denouncement dense denseness denser densest density dent
dental dentifrice dentin dentine dentist dentistry denture denude denunciation deny deodorant
deodorize deodorizer depart department departmental departmentalize departure depend dependability
dependable dependably dependance dependant dependence dependency dependent depict depiction
depilatory deplane deplete depletion deplorable deplorably deplore deploy deployment depoliticize
depopulate depopulation deport deportation deportment depose deposit deposition depositor
depository depot deprave depravity deprecate deprecation deprecatory depreciate depreciation
depredation depress depressant depression depressive deprivation deprive deprogram deprogrammed
deprogramming dept depth deputation depute deputize deputy derail derailment derange derangement
derby deregulate deregulation derelict dereliction deride derision derisive derisory derivable
derivation derivative derive dermatitis dermatologist dermatology dermis derogate derogation
derogatory derrick derringer dervish desalinate desalination descant descend descendant descendent
descender descent describable describe description descriptive descriptor descry desecrate
desecration desegregate desegregation desensitization desensitize desert deserter desertion deserve
desiccate desiccation desiderata desideratum design designate designation designer desirability
desirable desirably desire desirous desist desk desktop desolate desolateness desolation despair
despatch desperado desperadoes desperate desperation despicable despicably despise despite despoil
despondency despondent despot despotic despotism dessert destabilize destination destine destiny
destitute destitution destroy destroyer destruct destructible destruction destructive
destructiveness desultory detach detachable detachment detail detain detainee detainment detect
detectable detection detective detector detentes detention deter detergent deteriorate
deterioration determinable determinant determinate determination determine determiner determinism
deterministic deterred deterrence deterrent deterring detest detestable detestation dethrone
dethronement detonate detonation detonator detour detox detoxification detoxify detract detraction
detractor detriment detrimental detritus deuce deuterium devaluation devalue devastate devastation
develop developer development developmental deviance deviant deviate deviation device devil
devilish devilled devilling devilment devilry deviltry devious deviousness devise devoid devolution
devolve devote devotee devotion devotional devour devout devouter devoutest devoutness dew dewberry
dewdrop dewier dewiest dewlap dewy dexterity dexterous dextrose dextrous dharma dhoti diabetes
diabetic diabolic diabolical diacritic diacritical diadem diagnose diagnosis diagnostic
diagnostician diagonal diagram diagrammatic diagrammed diagramming dial dialect dialectal dialectic
dialog dialogue dialyses dialysis dialyzes diameter diametrical diamond diaper diaphanous diaphragm
diarist diarrhea diarrhoea diary diastolic diatom diatribe dibble dice dicey dichotomy dicier
diciest dick dicker dickey dickie dicky dicta dictate dictation dictator dictatorial dictatorship
diction dictionary dictum did didactic diddle die diehard diereses dieresis diesel diet dietary
dieter dietetic dietician dietitian diff differ difference different differential differentiate
differentiation difficult difficulty diffidence diffident diffraction diffuse diffuseness diffusion
dig digest digestible digestion digestive digger digging digit digital digitalis digitization
digitize dignify dignitary dignity digraph digress digression digressive dike dilapidated
dilapidation dilate dilation dilatory dilemma dilettante dilettanti dilettantism diligence diligent
dill dilly dillydally dilute dilution dim dime dimension dimensional dimensionless dimer diminish
diminuendo diminuendoes diminution diminutive dimmed dimmer dimmest dimming dimness dimple dimwit
dimwitted din dine diner dinette ding dinghy dingier dingiest dinginess dingo dingoes dingy dink
dinker dinkier dinkiest dinky dinned dinner dinning dinosaur dint diocesan diocese diode diorama
dioxide dioxin dip diphtheria diphthong diploma diplomacy diplomat diplomata diplomatic
diplomatically dipole dipped dipper dipping dipsomania dipsomaniac dipstick dire direct directer
directest direction directional directive directness director directorate directorial directorship
directory direr direst dirge dirigible dirk dirt dirtball dirtier dirtiest dirtiness dirty dis
disability disable disablement disabuse disadvantage disadvantageous disaffect disaffection
disagree disagreeable disagreeably disagreement disallow disambiguate disambiguation disappear
disappearance disappoint disappointment disapprobation disapproval disapprove disarm disarmament
disarrange disarrangement disarray disassemble disassociate disaster disastrous disavow disavowal
disband disbar disbarment disbarred disbarring disbelief disbelieve disburse disbursement disc
discard discern discernible discernment discharge disciple disciplinarian disciplinary discipline
disclaim disclaimer disclose disclosure disco discolor discoloration discombobulate discomfit
discomfiture discomfort discommode discompose discomposure disconcert disconnect disconnection
disconsolate discontent discontentment discontinuance discontinuation discontinue discontinuity
discontinuous discord discordant discotheque discount discountenance discourage discouragement
discourse discourteous discourtesy discover discoverer discovery discredit discreditable discreet
discreeter discreetest discrepancy discrete discretion discretionary discriminant discriminate
discrimination discriminatory discursive discus discussant discussion disdain disdainful disease
disembark disembarkation disembody disembowel disembowelled disembowelling disenchant
disenchantment disencumber disenfranchise disenfranchisement disengage disengagement disentangle
disentanglement disestablish disfavor disfigure disfigurement disfranchise disfranchisement
disgorge disgrace disgraceful disgruntle disguise disgust dish disharmonious disharmony dishcloth
dishearten dishevel dishevelled dishevelling dishonest dishonesty dishonor dishonorable
dishonorably dishpan dishrag dishtowel dishwasher dishwater disillusion disillusionment
disincentive disinclination disincline disinfect disinfectant disinformation disingenuous
disinherit disintegrate disintegration disinter disinterest disinterment disinterred disinterring
disjoint disk diskette dislike dislocate dislocation dislodge disloyal disloyalty dismal dismantle
dismay dismember dismemberment dismiss dismissal dismissive dismount disobedience disobedient
disobey disoblige disorder disorderliness disorganization disorganize disorient disorientation
disown disparage disparagement disparate disparity dispassionate dispatch dispatcher dispel
dispelled dispelling dispensable dispensary dispensation dispense dispenser dispersal disperse
dispersion dispirit displace displacement display displayable displease displeasure disport
disposable disposal dispose disposition dispossess dispossession disproof disproportion
disproportionate disprove disproven disputable disputant disputation disputatious dispute
disqualification disqualify disquiet disquisition disregard disrepair disreputable disreputably
disrepute disrespect disrespectful disrobe disrupt disruption disruptive dissatisfaction dissatisfy
dissect dissection dissemble disseminate dissemination dissension dissent dissenter dissertation
disservice dissidence dissident dissimilar dissimilarity dissimulate dissimulation dissipate
dissipation dissociate dissociation dissolute dissoluteness dissolution dissolve dissonance
dissonant dissuade dissuasion distaff distance distant distaste distasteful distemper distend
distension distention distil distill distillate distillation distiller distillery distinct
distincter distinctest distinction distinctive distinctiveness distinguish distinguishable distort
distorter distortion distract distraction distrait distraught distress distressful distribute
distribution distributive distributor district distrust distrustful disturb disturbance disunite
disunity disuse ditch dither ditto dittoes ditty diuretic diurnal diva divan dive diver diverge
divergence divergent diverse diversification diversify diversion diversionary diversity divert
divest divide dividend divider divination divine diviner divinest divinity divisibility divisible
division divisional divisive divisiveness divisor divorce divot divulge divvy dizzier dizziest
dizzily dizziness dizzy djinn djinni do doable doc docent docile docility dock docket dockyard
doctor doctoral doctorate doctrinaire doctrinal doctrine docudrama document documentary
documentation dodder dodge dodger dodgier dodgiest dodgy dodo dodoes doe doer doff dog dogcatcher
dogfight dogfish dogged doggedness doggerel doggie doggier doggiest dogging doggone doggoneder
doggonedest doggoner doggonest doggy doghouse dogie dogma dogmata dogmatic dogmatically dogmatism
dogmatist dogtrot dogtrotted dogtrotting dogwood doily doldrums dole doleful doll dollar dollhouse
dollop dolly dolmen dolorous dolphin dolt doltish domain dome domestic domestically domesticate
domestication domesticity domicile dominance dominant dominate domination domineer dominion domino
dominoes don donate donation done dongle donkey donned donning donor donut doodad doodle doodler
doohickey doom doomsday door doorbell doorknob doorman doormat doormen doorstep doorstop doorway
dope dopey dopier dopiest dopy dork dorkier dorkiest dorky dorm dormancy dormant dormer dormice
dormitory dormouse dorsal dory dos dosage dose dossier dot dotage dotcom dote doth dotted dotting
dotty double doublet doubloon doubly doubt doubter doubtful doubtless douche dough doughier
doughiest doughnut doughtier doughtiest doughty doughy dour dourer dourest douse dove dovetail
dowager dowdier dowdiest dowdily dowdiness dowdy dowel dowelled dowelling down downbeat downcast
downer downfall downgrade downhearted downhill downier downiest download downloadable downplay
downpour downright downscale downsize downstage downstairs downstate downstream downswing downtime
downtown downtrodden downturn downward downwind downy dowry dowse doxology doyen doz doze dozen dpi
drab drabber drabbest drabness drachma drachmae drachmai draconian draft draftee draftier draftiest
draftiness draftsman draftsmanship draftsmen drafty drag dragged dragging dragnet dragon dragonfly
dragoon drain drainage drainer drainpipe drake dram drama dramatic dramatically dramatist
dramatization dramatize drank drape drapery drastic drastically draw drawback drawbridge drawer
drawl drawn drawstring dray dread dreadful dreadlocks dreadnought dream dreamer dreamier dreamiest
dreamily dreamland dreamless dreamlike dreamy drearier dreariest drearily dreariness dreary dredge
dredger dregs drench dress dressage dresser dressier dressiest dressiness dressmaker dressmaking
dressy drew dribble dribbler driblet drier driest drift drifter driftwood drill drily drink
drinkable drinker drip dripped dripping drive drivel drivelled drivelling driven driver driveway
drizzle drizzly droid droll droller drollery drollest drollness drolly dromedary drone drool droop
droopier droopiest droopy drop droplet dropout dropped dropper dropping dropsy dross drought drouth
drouthes drove drover drown drowse drowsier drowsiest drowsily drowsiness drowsy drub drubbed
drubbing drudge drudgery drug drugged drugging druggist drugstore druid drum drummed drummer
drumming drumstick drunk drunkard drunken drunkenness drunker drunkest dry dryad dryer dryest
dryness drywall dual dualism duality dub dubbed dubbing dubiety dubious dubiousness ducal ducat
duchess duchy duck duckbill duckling duct ductile ductility ductless dud dude dudgeon due duel
duelist duelled duelling duellist duet duff duffer dug dugout duh duke dukedom dulcet dulcimer dull
dullard duller dullest dullness dully dulness duly dumb dumbbell dumber dumbest dumbfound dumbness
dumbwaiter dumfound dummy dump dumpier dumpiest dumpling dumpster dumpy dun dunce dune dung
dungaree dungeon dunk dunned dunner dunnest dunning dunno duo duodena duodenal duodenum dupe duplex
duplicate duplication duplicator duplicity durability durable durably duration duress during dusk
duskier duskiest dusky dust dustbin duster dustier dustiest dustiness dustless dustman dustmen
dustpan dusty duteous dutiable dutiful duty duvet dwarf dwarfish dwarfism dwarves dweeb dwell
dweller dwelt dwindle dyadic dye dyer dyestuff dyke dynamic dynamical dynamism dynamite dynamo
dynastic dynasty dysentery dysfunction dysfunctional dyslexia dyslexic dyspepsia dyspeptic dz ea
each eager eagerer eagerest eagerness eagle eaglet ear earache earbud eardrum earful earl earldom
earlier earliest earliness earlobe earmark earmuff earn earner earnest earnestness earphone earplug
earring earshot earsplitting earth earthen earthenware earthier earthiest earthiness earthlier
earthliest earthling earthquake earthshaking earthward earthwork earthworm earthy earwax earwig
ease easel easier easiest easily easiness east eastbound easterly eastern easterner easternmost
eastward easy easygoing eat eatable eaten eater eatery eave eavesdrop eavesdropped eavesdropper
eavesdropping ebb ebony ebullience ebullient eccentric eccentrically eccentricity ecclesiastic
ecclesiastical echelon echo echoes eclectic eclectically eclecticism eclipse ecliptic ecological
ecologist ecology econometric economic economical economist economize economy ecosystem ecotourism
ecru ecstasy ecstatic ecstatically ecumenical eczema ed edamame eddy edelweiss edema edge edger
edgeways edgewise edgier edgiest edginess edgy edibility edible edict edification edifice edify
edit editable edition editor editorial editorialize editorship eds educable educate education
educational educator eel eerie eerier eeriest eerily eeriness eery efface effacement effect
effective effectiveness effectual effectuate effeminacy effeminate effervesce effervescence
effervescent effete efficacious efficacy efficiency efficient effigy effluent effort effortless
effrontery effulgence effulgent effusion effusive effusiveness egalitarian egalitarianism egg
eggbeater egghead eggnog eggplant eggshell egis eglantine ego egocentric egoism egoist egoistic
egotism egotist egotistic egotistical egregious egress egret eh eider eiderdown eigenvalue eight
eighteen eighteenth eighth eightieth eighty either ejaculate ejaculation eject ejection eke
elaborate elaborateness elaboration elapse elastic elasticity elate elation elbow elbowroom elder
elderberry eldercare eldest elect election electioneer elective elector electoral electorate
electric electrical electrician electricity electrification electrify electrocardiogram
electrocardiograph electrocute electrocution electrode electrodynamics electroencephalogram
electroencephalograph electrolysis electrolyte electrolytic electromagnet electromagnetic
electromagnetism electron electronic electronica electronically electroplate electrostatic elegance
elegant elegiac elegy element elemental elementary elephant elephantine elevate elevation elevator
eleven eleventh elf elfin elfish elicit elide eligibility eligible eliminate elimination elision
elite elitism elitist elixir elk ell ellipse ellipsis elliptic elliptical elm elocution
elocutionist elongate elongation elope elopement eloquence eloquent else elsewhere elucidate
elucidation elude elusive elusiveness elves elvish em emaciate emaciation email emanate emanation
emancipate emancipation emancipator emasculate emasculation embalm embalmer embankment embargo
embargoes embark embarkation embarrass embarrassment embassy embattled embed embedded embedding
embellish embellishment ember embezzle embezzlement embezzler embitter emblazon emblem emblematic
embodiment embody embolden embolism emboss embrace embroider embroidery embroil embryo embryologist
embryology embryonic emcee emend emendation emerald emerge emergence emergency emergent emeritus
emery emetic emigrant emigrate emigration eminence eminent emir emirate emissary emission emit
emitted emitting emo emoji emollient emolument emote emoticon emotion emotional emotionalism
emotive empanel empathetic empathize empathy emperor emphases emphasis emphasize emphatic
emphatically emphysema empire empirical empiricism emplacement employ employable employe employee
employer employment emporia emporium empower empowerment empress emptier emptiest emptily emptiness
empty ems emu emulate emulation emulator emulsification emulsify emulsion enable enact enactment
enamel enamelled enamelling enamor encamp encampment encapsulate encapsulation encase encephalitis
enchant enchanter enchantment enchantress enchilada encircle encirclement enclave enclose enclosure
encode encoder encompass encore encounter encourage encouragement encroach encroachment encrust
encrustation encrypt encryption encumber encumbrance encyclical encyclopaedia encyclopaedic
encyclopedia encyclopedic end endanger endear endearment endeavor endemic endive endless
endlessness endocrine endorse endorsement endorser endow endowment endue endurable endurance endure
endways endwise enema enemata enemy energetic energetically energize energizer energy enervate
enervation enfeeble enfold enforce enforceable enforcement enforcer enfranchise enfranchisement
engage engagement engender engine engineer engorge engrave engraver engross engulf enhance
enhancement enhancer enigma enigmatic enigmatically enjoin enjoy enjoyable enjoyment enlarge
enlargement enlarger enlighten enlightenment enlist enlistee enlistment enliven enmesh enmity
ennoble ennoblement ennui enormity enormous enormousness enough enquire enquiry enrage enrapture
enrich enrichment enrol enroll enrollment enrolment ensconce ensemble enshrine enshroud ensign
enslave enslavement ensnare ensue ensure entail entangle entanglement entente enter enterprise
entertain entertainer entertainment enthral enthrall enthrone enthronement enthuse enthusiasm
enthusiast enthusiastic enthusiastically entice enticement entire entirety entitle entitlement
entity entomb entombment entomological entomologist entomology entourage entrails entrance entrant
entrap entrapment entrapped entrapping entreat entreaty entrench entrenchment entrepreneur
entrepreneurial entropy entrust entry entryway entwine enumerable enumerate enumeration enunciate
enunciation enure envelop envelope envelopment enviable enviably envious enviousness environment
environmental environmentalism environmentalist environs envisage envision envoy envy enzyme eon
epaulet epaulette ephemeral epic epicenter epicure epicurean epidemic epidemiology epidermal
epidermis epiglottides epiglottis epigram epigrammatic epilepsy epileptic epilog epilogue
episcopacy episcopal episcopate episode episodic epistemology epistle epistolary epitaph epithet
epitome epitomize epoch epochal epoxy epsilon equability equable equably equal equality
equalization equalize equalizer equalled equalling equanimity equate equation equator equatorial
equestrian equestrienne equidistant equilateral equilibrium equine equinoctial equinox equip
equipage equipment equipoise equipped equipping equitable equitably equity equivalence equivalent
equivocal equivocate equivocation era eradicate eradication erase eraser erasure ere erect erectile
erection erectness erg ergo ergonomic ermine erode erogenous erosion erosive erotic erotica
erotically eroticism err errand errant errata erratic erratically erratum erroneous error ersatz
erstwhile erudite erudition erupt eruption erythrocyte es escalate escalation escalator escapade
escape escapee escapism escapist escarole escarpment eschatology eschew escort escrow escutcheon
esophagi esophagus esoteric esoterically esp espadrille especial espionage esplanade espousal
espouse espresso espy esquire essay essayist essence essential est establish establishment estate
esteem ester esthete esthetic estimable estimate estimation estimator estrange estrangement
estrogen estuary eta etc etch etcher eternal eternity ether ethereal ethic ethical ethnic
ethnically ethnicity ethnological ethnologist ethnology ethos etiology etiquette etymological
etymologist etymology eucalypti eucalyptus eugenics eulogistic eulogize eulogy eunuch euphemism
euphemistic euphemistically euphony euphoria euphoric eureka euro eutectic euthanasia evacuate
evacuation evacuee evade evaluate evaluation evanescent evangelical evangelism evangelist
evangelistic evangelize evaporate evaporation evasion evasive evasiveness eve even evener evenest
evenhanded evenness event eventful eventfulness eventide eventual eventuality eventuate ever
everglade evergreen everlasting evermore every everybody everyday everyone everyplace everything
everywhere evict eviction evidence evident evil evildoer eviler evilest eviller evillest evince
eviscerate evisceration evocation evocative evoke evolution evolutionary evolve ewe ewer ex
exacerbate exacerbation exact exacter exactest exactitude exactness exaggerate exaggeration exalt
exaltation exam examination examine examiner example exasperate exasperation excavate excavation
excavator exceed excel excelled excellence excellent excelling except exception exceptionable
exceptional excerpt excess excessive exchange exchangeable exchequer excise excision excitability
excitable excitation excite excitement excl exclaim exclamation exclamatory exclude exclusion
exclusive exclusiveness exclusivity excommunicate excommunication excoriate excoriation excrement
excrescence excreta excrete excretion excretory excruciating exculpate excursion excusable excuse
exec execrable execrate executable execute execution executioner executive executor executrices
executrix exegeses exegesis exemplar exemplary exemplification exemplify exempt exemption exercise
exert exertion exes exhalation exhale exhaust exhaustible exhaustion exhaustive exhibit exhibition
exhibitionism exhibitionist exhibitor exhilarate exhilaration exhort exhortation exhumation exhume
exigency exigent exiguous exile exist existence existent existential existentialism existentialist
exit exodus exonerate exoneration exoplanet exorbitance exorbitant exorcise exorcism exorcist
exorcize exotic exotically expand expandable expanse expansion expansionist expansive expansiveness
expatiate expatriate expatriation expect expectancy expectant expectation expectorant expectorate
expectoration expedience expediency expedient expedite expediter expedition expeditionary
expeditious expeditor expel expelled expelling expend expendable expenditure expense expensive
experience experiment experimental experimentation experimenter expert expertise expertness expiate
expiation expiration expire expiry explain explanation explanatory expletive explicable explicate
explication explicit explicitness explode exploit exploitation exploitative exploiter exploration
exploratory explore explorer explosion explosive explosiveness expo exponent exponential
exponentiation export exportation exporter expose exposition expository expostulate expostulation
exposure expound express expressible expression expressionism expressionist expressionless
expressive expressiveness expressway expropriate expropriation expulsion expunge expurgate
expurgation exquisite extant extemporaneous extempore extemporize extend extendable extendible
extension extensional extensive extensiveness extent extenuate extenuation exterior exterminate
extermination exterminator external extinct extinction extinguish extinguishable extinguisher
extirpate extirpation extol extoll extort extortion extortionate extortionist extra extract
extraction extractor extracurricular extradite extradition extramarital extraneous extraordinarily
extraordinary extrapolate extrapolation extrasensory extraterrestrial extravagance extravagant
extravaganza extravert extreme extremer extremest extremism extremist extremity extricate
extrication extrinsic extrinsically extroversion extrovert extrude extrusion exuberance exuberant
exude exult exultant exultation eye eyeball eyebrow eyeful eyeglass eyelash eyelet eyelid eyeliner
eyepiece eyesight eyesore eyestrain eyeteeth eyetooth eyewitness fa fable fabric fabricate
fabrication fabulous facade face faceless facelift facepalm facet facetious facetiousness facetted
facetting facial facile facilitate facilitation facility facsimile fact faction factional
factionalism factitious factor factorial factorization factorize factory factotum factual faculty
fad faddish fade faecal faeces fag fagged fagging faggot fagot fail failure fain fainer fainest
faint fainter faintest fainthearted faintness fair fairer fairest fairground fairings fairness
fairway fairy fairyland faith faithful faithfulness faithless faithlessness fake faker fakir falcon
falconer falconry fall fallacious fallacy fallen fallibility fallible fallibly falloff fallout
fallow false falsehood falseness falser falsest falsetto falsifiable falsification falsify falsity
falter fame familial familiar familiarity familiarization familiarize family famine famish famous
fan fanatic fanatical fanaticism fanboy fancier fanciest fanciful fancily fanciness fancy fandom
fanfare fang fanned fanning fanny fantasize fantastic fantastically fantasy fanzine far faradize
faraway farce farcical fare farewell farina farinaceous farm farmer farmhand farmhouse farmland
farmyard farrow farsighted farsightedness fart farther farthest farthing fascinate fascination
fascism fascist fashion fashionable fashionably fashionista fast fasten fastener faster fastest
fastidious fastidiousness fastness fat fatal fatalism fatalist fatalistic fatality fate fateful
fathead father fatherhood fatherland fatherless fathom fathomable fathomless fatigue fatness fatten
fatter fattest fattier fattiest fatty fatuous fatuousness faucet fault faultfinding faultier
faultiest faultily faultiness faultless faulty faun fauna faunae favor favorable favorably favorite
favoritism fawn fax faze fealty fear fearful fearfulness fearless fearlessness fearsome feasibility
feasible feasibly feast feat feather featherbedding featherier featheriest featherweight feathery
feature featureless febrile fecal feces feckless fecund fecundity fed federal federalism federalist
federate federation fedora fee feeble feebleness feebler feeblest feebly feedback feedbag feeder
feel feeler feet feign feint feistier feistiest feisty feldspar felicitous felicity feline fell
fellatio feller fellest fellow fellowship felon felonious felony felt fem female feminine
femininity feminism feminist femora femoral femur fen fence fencer fend fender fennel fentanyl fer
feral ferment fermentation fern ferocious ferociousness ferocity ferret ferric ferrous ferrule
ferry ferryboat fertile fertility fertilization fertilize fertilizer fervency fervent fervid fervor
fest festal fester festival festive festivity festoon feta fetal fetch feted fetich fetid feting
fetish fetishism fetishist fetishistic fetlock fetter fettle fetus feud feudal feudalism
feudalistic fever feverish few fewer fewest fey fez fezzes fiasco fiascoes fiat fib fibbed fibber
fibbing fiber fiberboard fiberglass fibroid fibrous fibula fibulae fiche fickle fickleness fickler
ficklest fiction fictional fictionalize fictitious fiddle fiddler fiddlesticks fiddly fidelity
fidget fidgety fiduciary fie fief field fielder fieldwork fiend fiendish fierce fierceness fiercer
fiercest fierier fieriest fieriness fiery fiesta fife fifteen fifteenth fifth fiftieth fifty fig
fight fighter figment figurative figure figurehead figurine filament filamentous filbert filch file
filet filial filibuster filigree fill filler fillet fillip filly film filmier filmiest filmmaker
filmstrip filmy filter filterable filth filthier filthiest filthiness filthy filtrable filtrate
filtration fin finagle finagler final finale finalist finality finalize finance financial financier
finch find finder fine fineness finer finery finesse finest finger fingerboard fingernail
fingerprint fingertip finickier finickiest finicky finis finish finisher finite fink finny fiord
fir fire firearm fireball firebomb firebrand firebreak firebug firecracker firefight firefighter
firefly firehouse fireman firemen fireplace fireplug firepower fireproof fireside firestorm
firetrap firewall firewater firewood firework firm firmament firmer firmest firmness firmware first
firstborn firsthand firth fiscal fish fishbowl fisher fisherman fishermen fishery fishhook fishier
fishiest fishnet fishtail fishwife fishwives fishy fission fissure fist fistful fisticuffs fit
fitful fitness fitted fitter fittest fitting five fiver fix fixable fixate fixation fixative fixer
fixity fixture fizz fizzier fizziest fizzle fizzy fjord fl flab flabbergast flabbier flabbiest
flabbiness flabby flaccid flack flag flagella flagellate flagellation flagellum flagged flagging
flagon flagpole flagrant flagship flagstaff flagstone flail flair flak flake flakier flakiest
flakiness flaky flamage flambeing flambes flamboyance flamboyant flame flamenco flamer flamethrower
flamingo flamingoes flammability flammable flan flange flank flannel flannelet flannelette
flannelled flannelling flap flapjack flapped flapper flapping flare flash flashback flashbulb
flasher flashest flashgun flashier flashiest flashily flashiness flashlight flashy flask flat
flatbed flatboat flatcar flatfeet flatfish flatfoot flatiron flatness flatted flatten flatter
flatterer flattery flattest flatting flattop flatulence flatulent flatware flaunt flavor flavorful
flavorless flaw flawless flax flaxen flay flea fleck fled fledged fledgeling fledgling flee fleece
fleecier fleeciest fleecy fleet fleeter fleetest fleetness flesh fleshier fleshiest fleshlier
fleshliest fleshy flew flex flexibility flexible flexibly flexitime flextime flibbertigibbet flick
flicker flier fliest flight flightier flightiest flightiness flightless flighty flimflam
flimflammed flimflamming flimsier flimsiest flimsily flimsiness flimsy flinch fling flint flintier
flintiest flintlock flinty flip flippancy flippant flipped flipper flippest flipping flippy flirt
flirtation flirtatious flit flitted flitting float floatation floater flock floe flog flogged
flogging flood flooder floodgate floodlight floodlit floor floorboard floozie floozy flop flophouse
flopped floppier floppiest floppiness flopping floppy flora florae floral florid florin florist
floss flotation flotilla flotsam flounce flounder flour flourish floury flout flow flowchart flower
flowerbed flowerier floweriest floweriness flowerpot flowery flown flu flub flubbed flubbing
fluctuate fluctuation flue fluency fluent fluff fluffier fluffiest fluffiness fluffy fluid fluidity
fluke flukey flukier flukiest fluky flume flummox flung flunk flunkey flunkie flunky fluoresce
fluorescence fluorescent fluoridate fluoridation fluoride fluorine fluorite fluorocarbon
fluoroscope flurry flush flusher flushest fluster flute flutist flutter fluttery flux fly flyby
flycatcher flyer flyleaf flyleaves flyover flypaper flysheet flyspeck flyswatter flytrap flyweight
flywheel foal foam foamier foamiest foamy fob fobbed fobbing focal foci focus focussed focusses
focussing fodder foe foetal foetus fog fogbound fogey fogged foggier foggiest fogginess fogging
foggy foghorn fogy foible foil foist fold foldaway folder foliage folio folk folklore folksier
folksiest folksy follicle follow follower followup folly foment fomentation fond fondant fonder
fondest fondle fondness fondu fondue font foo foobar food foodstuff fool foolery foolhardier
foolhardiest foolhardiness foolhardy foolish foolishness foolproof foolscap foot footage football
footballer footbridge footfall foothill foothold footlights footlocker footloose footman footmen
footnote footpath footprint footrest footsie footsore footstep footstool footwear footwork fop
foppish for fora forage forager foray forbad forbade forbear forbearance forbid forbidden
forbidding forbore forborne force forceful forcefulness forceps forcible forcibly ford fore forearm
forebear forebode forecast forecaster forecastle foreclose foreclosure forefather forefeet
forefinger forefoot forefront foregather forego foregoes foregone foreground forehand forehead
foreign foreigner foreknowledge foreleg forelock foreman foremast foremen foremost forename
forenoon forensic foreordain foreplay forerunner foresail foresaw foresee foreseeable foreseen
foreshadow foreshorten foresight foreskin forest forestall forestation forester forestry foreswear
foreswore foresworn foretaste foretell forethought foretold forever forevermore forewarn forewent
forewoman forewomen foreword forfeit forfeiture forgather forgave forge forger forgery forget
forgetful forgetfulness forgettable forgetting forgivable forgive forgiven forgiveness forgo
forgoes forgone forgot forgotten fork forklift forlorn form formal formaldehyde formalism formality
formalization formalize format formation formative formatted formatting former formidable
formidably formless formlessness formula formulae formulaic formulate formulation fornicate
fornication forsake forsaken forsook forsooth forswear forswore forsworn forsythia fort forte forth
forthcoming forthright forthrightness forthwith fortieth fortification fortify fortissimo fortitude
fortnight fortress fortuitous fortunate fortune forty forum forward forwarder forwardest
forwardness forwent fossil fossilization fossilize foster fought foul fouler foulest foulness found
foundation founder foundling foundry fount fountain fountainhead four fourfold fourscore foursome
foursquare fourteen fourteenth fourth fowl fox foxglove foxhole foxhound foxier foxiest foxtrot
foxtrotted foxtrotting foxy foyer fr fracas frack fractal fraction fractional fractious fracture
frag fragile fragiler fragilest fragility fragment fragmentary fragmentation fragrance fragrant
frail frailer frailest frailty frame framer framework franc franchise franchisee franchiser frank
franker frankest frankfurter frankincense frankness frantic frantically frappes frat fraternal
fraternity fraternization fraternize fratricide fraud fraudulence fraudulent fraught fray frazzle
freak freakier freakiest freakish freaky freckle free freebase freebee freebie freebooter freedman
freedmen freedom freehand freehold freeholder freelance freelancer freeload freeloader freeman
freemen freer freest freestanding freestyle freethinker freethinking freeware freeway freewheel
freewill freeze freezer freight freighter french frenetic frenetically frenzy frequency frequent
frequenter frequentest fresco frescoes fresh freshen fresher freshest freshet freshman freshmen
freshness freshwater fret fretful fretfulness fretted fretting fretwork friable friar fricassee
friction fridge friend friendless friendlier friendliest friendliness friendship frier frieze
frigate fright frighten frightful frigid frigidity frill frillier frilliest frilly fringe frippery
frisk friskier friskiest friskily friskiness frisky fritter frivolity frivolous frizz frizzier
frizziest frizzle frizzy fro frock frog frogging frogman frogmen frolic frolicked frolicking
frolicsome from frond front frontage frontal frontier frontiersman frontiersmen frontispiece
frontrunner frost frostbit frostbite frostbitten frostier frostiest frostily frostiness frosty
froth frothier frothiest frothy frown frowsier frowsiest frowsy frowzier frowziest frowzy froze
frozen fructify fructose frugal frugality fruit fruitcake fruitful fruitfulness fruitier fruitiest
fruition fruitless fruitlessness fruity frump frumpier frumpiest frumpy frustrate frustration fry
fryer ft ftp ftpers fuchsia fuck fucker fuddle fudge fuel fuelled fuelling fugitive fugue fulcra
fulcrum fulfil fulfill fulfillment fulfilment full fullback fuller fullest fullness fully fulminate
fulmination fulness fulsome fum fumble fumbler fume fumigate fumigation fumigator fun function
functional functionality functionary fund fundamental fundamentalism fundamentalist funeral
funereal fungal fungi fungicidal fungicide fungous fungus funicular funk funkier funkiest funky
funnel funnelled funnelling funner funnest funnier funniest funnily funniness funny fur furbelow
furbish furious furl furlong furlough furnace furnish furniture furor furred furrier furriest
furring furrow furry further furtherance furthermore furthermost furthest furtive furtiveness fury
furze fuse fuselage fusible fusillade fusion fuss fussbudget fussier fussiest fussily fussiness
fussy fustian fustier fustiest fusty futile futility futon future futuristic futurity futz fuze
fuzz fuzzball fuzzier fuzziest fuzzily fuzziness fuzzy fwd gab gabardine gabbed gabbier gabbiest
gabbing gabble gabby gaberdine gable gad gadabout gadded gadding gadfly gadget gadgetry gaff gaffe
gag gage gagged gagging gaggle gaiety gaily gain gainful gainsaid gainsay gait gaiter gal gala
galactic galaxy gale galena gall gallant gallantry gallbladder galleon gallery galley gallium
gallivant gallon gallop gallows gallstone galore galosh galvanic galvanize galvanometer gambit
gamble gambler gambol gambolled gambolling game gamecock gamekeeper gameness gamer gamesmanship
gamest gamete gamey gamier gamiest gamin gamine gamma gamut gamy gander gang gangland ganglia
ganglier gangliest gangling ganglion gangplank gangrene gangrenous gangster gangway gannet gantlet
gantry gap gape garage garb garbage garbageman garbanzo garble garden gardener gardenia gargantuan
gargle gargoyle garish garishness garland garlic garlicky garment garner garnet garnish garnishee
garote garotte garret garrison garrote garrotte garrulity garrulous garrulousness garter gas
gaseous gash gasket gaslight gasohol gasolene gasoline gasp gassed gasses gassier gassiest gassing
gassy gastric gastritis gastrointestinal gastronomic gastronomical gastronomy gasworks gate
gatecrasher gatepost gateway gather gatherer gauche gaucher gauchest gaucho gaudier gaudiest
gaudily gaudiness gaudy gauge gaunt gaunter gauntest gauntlet gauntness gauze gauzier gauziest
gauzy gave gavel gavotte gawk gawkier gawkiest gawkily gawkiness gawky gay gayer gayest gayety
gayness gaze gazebo gazeboes gazelle gazer gazette gazetteer gazillion gazpacho gear gearbox
gearshift gearwheel gecko geckoes gee geegaw geek geekier geekiest geeky geese geez geezer geisha
gel gelatin gelatine gelatinous geld gelid gelled gelling gelt gem gemstone gen gendarme gender
gene genealogical genealogist genealogy genera general generalissimo generality generalization
generalize generate generation generative generator generic generically generosity generous genesis
genetic genetically geneticist genial geniality genie genii genital genitalia genitive genius
genocide genome genre gent genteel gentian gentile gentility gentle gentlefolk gentleman gentlemen
gentleness gentler gentlest gentlewoman gentlewomen gentrification gentrify gentry genuflect
genuflection genuine genuineness genus geocache geocentric geode geodesic geoengineering geographer
geographic geographical geography geologic geological geologist geology geometer geometric
geometrical geometry geophysical geophysics geopolitical geopolitics geostationary geothermal
geranium gerbil geriatric germ germane germanium germicidal germicide germinal germinate
germination gerontologist gerontology gerrymander gerund gestate gestation gesticulate
gesticulation gesture gesundheit get getaway getting getup gewgaw geyser ghastlier ghastliest
ghastliness ghastly gherkin ghetto ghettoes ghost ghostlier ghostliest ghostliness ghostwrite
ghostwriter ghostwritten ghostwrote ghoul ghoulish giant giantess gibber gibberish gibbet gibbon
gibe giblet giddier giddiest giddily giddiness giddy gift gig gigabit gigabyte gigahertz gigantic
gigapixel gigged gigging giggle giggler gigglier giggliest giggly gigolo gild gill gillion gilt
gimcrack gimlet gimme gimmick gimmickry gimmicky gimpy gin ginger gingerbread gingersnap gingham
gingivitis gingko gingkoes ginkgo ginkgoes ginned ginning ginseng gipsy giraffe gird girder girdle
girl girlfriend girlhood girlish girt girth gismo gist give giveaway given gizmo gizzard glacial
glacier glad gladden gladder gladdest glade gladiator gladiatorial gladiola gladioli gladiolus
gladness glamor glamorize glamorous glamour glamourize glamourous glance gland glandular glare
glass glassful glassier glassiest glassware glassy glaucoma glaze glazier gleam glean glee gleeful
glen glib glibber glibbest glibness glide glider glimmer glimpse glint glissandi glissando glisten
glitch glitter glittery glitz glitzier glitziest glitzy gloaming gloat glob global globalization
globe globetrotter globular globule glockenspiel gloom gloomier gloomiest gloomily gloominess
gloomy glop glorification glorify glorious glory gloss glossary glossier glossiest glossiness
glossy glottides glottis glove glow glower glowworm glucose glue gluey gluier gluiest glum glummer
glummest glumness glut gluten glutinous glutted glutting glutton gluttonous gluttony glycerin
glycerine glycerol glycogen glyph gm gnarl gnarlier gnarliest gnarly gnash gnat gnaw gnawn gneiss
gnome gnomish gnu go goad goal goalie goalkeeper goalpost goaltender goat goatee goatherd goatskin
gob gobbed gobbing gobble gobbledegook gobbledygook gobbler goblet goblin god godchild godchildren
goddam goddamn goddaughter goddess godfather godforsaken godhood godless godlier godliest godlike
godliness godmother godparent godsend godson goes gofer goggle going goiter goitre gold goldbrick
golden goldener goldenest goldenrod goldfinch goldfish goldsmith golf golfer golly gonad gondola
gondolier gone goner gong gonk gonna gonorrhea gonorrhoea gonzo goo goober good goodby goodbye
goodie goodlier goodliest goodness goodnight goodwill goody gooey goof goofier goofiest goofy
google gooier gooiest gook goon goop goose gooseberry gopher gore gorge gorgeous gorier goriest
gorilla goriness gorp gorse gory gosh gosling gospel gossamer gossip gossipped gossipping gossipy
got gotcha gotta gotten gouge gouger goulash gourd gourmand gourmet gout goutier goutiest gouty gov
govern governable governance governess government governmental governor governorship govt gown gr
grab grabbed grabber grabbing grace graceful gracefulness graceless gracelessness gracious
graciousness grackle grad gradation grade grader gradient gradual graduate graduation graffiti
graffito graft grafter grail grain grainier grainiest grainy gram grammar grammarian grammatical
gramophone granary grand grandad grandchild grandchildren granddad granddaughter grandee grander
grandest grandeur grandfather grandiloquence grandiloquent grandiose grandma grandmother grandness
grandpa grandparent grandson grandstand grange granite grannie granny granola grant granular
granularity granulate granulation granule grape grapefruit grapevine graph graphic graphical
graphite graphologist graphology grapnel grapple grasp grass grasshopper grassier grassiest
grassland grassy grate grateful gratefulness grater gratification gratify gratis gratitude
gratuitous gratuity grave gravel gravelled gravelling graven graver gravest gravestone graveyard
gravitate gravitation gravitational gravity gravy gray graybeard grayer grayest grayish grayness
graze grease greasepaint greasier greasiest greasiness greasy great greater greatest greatness
grebe greed greedier greediest greedily greediness greedy green greenback greener greenery greenest
greengrocer greenhorn greenhouse greenish greenness greensward greet gregarious gregariousness
gremlin grenade grenadier grep grepped grepping grew grey greyer greyest greyhound greyish gribble
grid griddle griddlecake gridiron gridlock grief grievance grieve grievous griffin grill grille
grim grimace grime grimier grimiest grimmer grimmest grimness grimy grin grind grinder grindstone
gringo grinned grinning grip gripe grippe grislier grisliest grisly grist gristle grit gritted
grittier grittiest gritting gritty grizzled grizzlier grizzliest grizzly groan grocer grocery grog
groggier groggiest groggily grogginess groggy groin grok grokked grokking grommet groom groove
groovier grooviest groovy grope grosbeak gross grosser grossest grossness grotesque grotto grottoes
grouch grouchier grouchiest grouchiness grouchy ground groundbreaking grounder groundhog groundless
groundswell groundwork group grouper groupie grouse grout grove grovel groveler grovelled groveller
grovelling grow grower growl grown grownup growth grub grubbed grubbier grubbiest grubbiness
grubbing grubby grubstake grudge grue gruel gruelling gruesome gruesomer gruesomest gruff gruffer
gruffest gruffness grumble grumbler grumpier grumpiest grumpily grumpiness grumpy grunge grungier
grungiest grungy grunt gryphon gs guacamole guano guarantee guarantor guaranty guard guardhouse
guardian guardianship guardrail guardroom guardsman guardsmen guava gubernatorial guerilla
guerrilla guess guessable guesser guesstimate guesswork guest guff guffaw guidance guide guidebook
guideline guild guilder guile guileful guileless guillotine guilt guiltier guiltiest guiltily
guiltiness guiltless guilty guinea guise guitar guitarist gulag gulch gulf gull gullet gulley
gullibility gullible gully gulp gum gumbo gumdrop gummed gummier gummiest gumming gummy gumption
gun gunboat gunfight gunfire gunk gunman gunmen gunned gunner gunnery gunning gunny gunnysack
gunpoint gunpowder gunrunner gunrunning gunshot gunslinger gunsmith gunwale guppy gurgle gurney
guru gush gusher gushier gushiest gushy gusset gust gustatory gustier gustiest gusto gusty gut
gutless gutsier gutsiest gutsy gutted gutter guttersnipe gutting guttural guy guzzle guzzler gybe
gym gymnasia gymnasium gymnast gymnastic gymnosperm gynecological gynecologist gynecology gyp
gypped gypping gypsum gypsy gyrate gyration gyro gyroscope ha haberdasher haberdashery habit
habitability habitable habitat habitation habitual habituate habituation hacienda hack hacker
hackish hackle hackney hacksaw hacktivist had haddock haemoglobin haemophilia haemorrhage
haemorrhoids hafnium haft hag haggard haggle haggler hah haiku hail hailstone hailstorm hair
hairball hairbreadth hairbrush haircut hairdo hairdresser hairdressing hairier hairiest hairiness
hairless hairline hairnet hairpiece hairpin hairsbreadth hairsplitting hairspring hairstyle
hairstylist hairy hake halberd halcyon hale haler halest half halfback halfhearted halfheartedness
halfpence halfpenny halftime halfway halibut halitosis hall halleluiah hallelujah hallmark hallow
hallucinate hallucination hallucinatory hallucinogen hallucinogenic hallway halo haloes halogen
halon halt halter halve halyard ham hamburger hamlet hammed hammer hammerhead hamming hammock
hamper hamster hamstring hamstrung hand handbag handball handbill handbook handcar handcart
handcraft handcuff handedness handful handgun handheld handicap handicapped handicapper
handicapping handicraft handier handiest handily handiness handiwork handkerchief handkerchieves
handle handlebar handler handmade handmaid handmaiden handout handpick handrail handset handsful
handshake handsome handsomeness handsomer handsomest handspring handstand handwork handwriting
handwritten handy handyman handymen hang hangar hangdog hanger hangman hangmen hangnail hangout
hangover hank hanker hankie hanky hansom haphazard hapless happen happenstance happier happiest
happily happiness happy harangue harass harassment harbinger harbor hard hardback hardball
hardcover harden hardener harder hardest hardheaded hardheadedness hardhearted hardheartedness
hardier hardiest hardily hardiness hardline hardliner hardness hardship hardtack hardtop hardware
hardwired hardwood hardy hare harebrained harelip harem hark harken harlequin harlot harm harmful
harmfulness harmless harmlessness harmonic harmonica harmonically harmonious harmoniousness
harmonization harmonize harmony harness harp harpist harpoon harpsichord harpy harridan harrow
harry harsh harsher harshest harshness hart harvest harvester has hash hasheesh hashish hashtag
hasp hassle hassock haste hasten hastier hastiest hastily hastiness hasty hat hatch hatchback
hatchery hatchet hatchway hate hateful hatefulness hater hath hatred hatted hatter hatting
haughtier haughtiest haughtily haughtiness haughty haul hauler haunch haunt hauteur have haven
haversack havoc haw hawk hawker hawkish hawser hawthorn hay haycock hayloft haymow hayseed haystack
haywire hazard hazardous haze hazel hazelnut hazier haziest hazily haziness hazmat hazy he head
headache headband headboard headdress header headfirst headgear headhunter headier headiest
headland headless headlight headline headlock headlong headmaster headmistress headphone
headquarter headrest headroom headset headstone headstrong headwaiter headwaters headway headwind
headword heady heal healer health healthcare healthful healthfulness healthier healthiest healthily
healthiness healthy heap hear heard hearer hearken hearsay hearse heart heartache heartbeat
heartbreak heartbroken heartburn hearten heartfelt hearth heartier heartiest heartily heartiness
heartland heartless heartlessness heartrending heartsick heartstrings heartthrob heartwarming
hearty heat heater heath heathen heathenish heather heatstroke heave heaven heavenlier heavenliest
heavenward heavier heaviest heavily heaviness heavy heavyset heavyweight heck heckle heckler
hectare hectic hectically hector hedge hedgehog hedgerow hedonism hedonist hedonistic heed heedful
heedless heedlessness heehaw heel heft heftier heftiest hefty hegemony heifer height heighten
heinous heinousness heir heiress heirloom heist held helical helices helicopter heliotrope heliport
helium helix hell hellebore hellhole hellion hellish hello helm helmet helmsman helmsmen helot help
helper helpful helpfulness helpless helplessness helpline helpmate helpmeet hem hematologist
hematology hemisphere hemispheric hemispherical hemline hemlock hemmed hemming hemoglobin
hemophilia hemophiliac hemorrhage hemorrhoid hemp hempen hemstitch hen hence henceforth
henceforward henchman henchmen henna henpeck hep hepatic hepatitis hepper heppest heptagon her
herald heraldic heraldry herb herbaceous herbage herbal herbalist herbicide herbivore herbivorous
herculean herd herder herdsman herdsmen here hereabout hereafter hereby hereditary heredity herein
hereof heresy heretic heretical hereto heretofore hereupon herewith heritage hermaphrodite
hermaphroditic hermetic hermetically hermit hermitage hernia herniae hero heroes heroic heroically
heroin heroine heroism heron herpes herring herringbone herself hertz hes hesitancy hesitant
hesitate hesitation heterodox heterodoxy heterogeneity heterogeneous heterosexual heterosexuality
heuristic hew hewer hewn hex hexadecimal hexagon hexagonal hexameter hey heyday hgt hi hiatus
hibachi hibernate hibernation hibiscus hiccough hiccup hick hickey hickory hid hidden hide hideaway
hidebound hideous hideousness hideout hie hierarchical hierarchy hieroglyphic hifalutin high
highball highborn highboy highbrow highchair higher highest highfalutin highfaluting highjack
highjacker highland highlight highlighter highness hightail highway highwayman highwaymen hijack
hijacker hike hiker hilarious hilarity hill hillbilly hillier hilliest hillock hillside hilltop
hilly hilt him himself hind hinder hindmost hindquarter hindrance hindsight hing hinge hint
hinterland hip hipped hipper hippest hippie hipping hippo hippopotami hippopotamus hippy hire
hireling hirsute his histamine histogram historian historic historical history histrionic hit hitch
hitchhike hitchhiker hither hitherto hitter hitting hive hivemind ho hoagie hoagy hoard hoarder
hoarfrost hoarier hoariest hoariness hoarse hoarseness hoarser hoarsest hoary hoax hoaxer hob
hobbit hobble hobby hobbyhorse hobbyist hobgoblin hobnail hobnob hobnobbed hobnobbing hobo hoboes
hoc hock hockey hockshop hod hodgepodge hoe hoedown hog hogan hogged hogging hoggish hogshead
hogwash hoist hokey hokier hokiest hokum hold holder holdout holdover holdup hole holiday holier
holiest holiness holistic holler hollow hollower hollowest hollowness holly hollyhock holocaust
hologram holograph holographic holography holster holy homage homburg home homebody homeboy
homecoming homegrown homeland homeless homelessness homelier homeliest homeliness homemade
homemaker homeopathic homeopathy homeowner homepage homer homeroom homesick homesickness homespun
homestead homesteader homestretch hometown homeward homework homewrecker homey homeyness homicidal
homicide homie homier homiest homily hominess hominy homogeneity homogeneous homogenization
homogenize homograph homonym homophobia homophobic homophone homosexual homosexuality homy honcho
hone honest honester honestest honesty honey honeybee honeycomb honeydew honeymoon honeymooner
honeysuckle honied honk honor honorable honorably honoraria honorarium honorary honorific hooch
hood hoodie hoodlum hoodoo hoodwink hooey hoof hook hookah hooker hookey hookup hookworm hooky
hooligan hooliganism hoop hoopla hoorah hooray hoot hootch hooter hooves hop hope hopeful
hopefulness hopeless hopelessness hopped hopper hopping hopscotch horde horizon horizontal hormonal
hormone horn hornet hornier horniest hornless hornpipe horny horology horoscope horrendous horrible
horribly horrid horrific horrify horror horse horseback horsefly horsehair horsehide horseman
horsemanship horsemen horseplay horsepower horseradish horseshoe horsetail horsewhip horsewhipped
horsewhipping horsewoman horsewomen horsey horsier horsiest horsy horticultural horticulture
horticulturist hos hosanna hose hosiery hospice hospitable hospitably hospital hospitality
hospitalization hospitalize host hostage hostel hosteler hostelled hostelling hostelry hostess
hostile hostility hostler hot hotbed hotcake hotel hotelier hothead hotheadedness hothouse hotkey
hotlink hotness hotshot hotter hottest houmous houmus hound hour hourglass house houseboat
housebound housebreak housebroke housebroken houseclean housecoat housefly household householder
househusband housekeeper housekeeping housemaid housemother houseplant housetop housewares
housewarming housewife housewives housework hove hovel hover hoverboard hovercraft how howdah howdy
however howitzer howl howler howsoever hp hr hrs ht hub hubbub hubby hubcap hubris huckleberry
huckster huddle hue huff huffier huffiest huffily huffy hug huge hugeness huger hugest hugged
hugging huh hula hulk hull hullabaloo hum human humane humaneness humaner humanest humanism
humanist humanistic humanitarian humanitarianism humanity humanization humanize humanizer humankind
humanness humanoid humble humbleness humbler humblest humbly humbug humbugged humbugging humdinger
humdrum humeri humerus humid humidifier humidify humidity humidor humiliate humiliation humility
hummed humming hummingbird hummock hummus humongous humor humorist humorless humorlessness humorous
hump humpback humungous humus hunch hunchback hundred hundredfold hundredth hundredweight hung
hunger hungover hungrier hungriest hungrily hungry hunk hunker hunt hunter huntress huntsman
huntsmen hurdle hurdler hurl hurler hurrah hurray hurricane hurry hurt hurtful hurtle husband
husbandry hush husk husker huskier huskiest huskily huskiness husky hussar hussy hustings hustle
hustler hut hutch hutzpa hutzpah hwy hyacinth hyaena hybrid hybridize hydra hydrae hydrangea
hydrant hydrate hydraulic hydraulically hydrocarbon hydroelectric hydroelectricity hydrofoil
hydrogen hydrogenate hydrology hydrolysis hydrometer hydrophobia hydroplane hydroponic hydrosphere
hydrotherapy hyena hygiene hygienic hygienically hygienist hygrometer hying hymen hymn hymnal hype
hyper hyperactive hyperactivity hyperbola hyperbolae hyperbole hyperbolic hypercritical hyperlink
hypermarket hypersensitive hypersensitivity hyperspace hypertension hypertext hyperventilate
hyperventilation hyphen hyphenate hyphenation hypnoses hypnosis hypnotic hypnotically hypnotism
hypnotist hypnotize hypo hypoallergenic hypochondria hypochondriac hypocrisy hypocrite hypocritical
hypodermic hypoglycemia hypoglycemic hypotenuse hypothalami hypothalamus hypothermia hypotheses
hypothesis hypothesize hypothetical hysterectomy hysteresis hysteria hysteric hysterical iamb
iambic ibex ibices ibid ibis ibuprofen ice iceberg icebound icebox icebreaker icecap icicle icier
iciest icily iciness ickier ickiest icky icon iconoclast iconoclastic icy id idea ideal idealism
idealist idealistic idealistically idealization idealize idempotent identical identifiable
identification identifier identify identity ideogram ideograph ideological ideologist ideology ides
idiocy idiom idiomatic idiomatically idiosyncrasy idiosyncratic idiot idiotic idiotically idle
idleness idler idlest idly idol idolater idolatrous idolatry idolize ids idyl idyll idyllic if
iffier iffiest iffy ifs igloo igneous ignite ignition ignoble ignobly ignominious ignominy
ignoramus ignorance ignorant ignore iguana ii iii ikon ilk ill illegal illegality illegibility
illegible illegibly illegitimacy illegitimate illiberal illicit illicitness illiteracy illiterate
illness illogical illuminate illumination illumine illus illusion illusive illusory illustrate
illustration illustrative illustrator illustrious image imagery imaginable imaginably imaginary
imagination imaginative imagine imam imbalance imbecile imbecilic imbecility imbed imbedded
imbedding imbibe imbroglio imbue imitate imitation imitative imitator immaculate immaculateness
immanence immanent immaterial immature immaturity immeasurable immeasurably immediacy immediate
immemorial immense immensity immerse immersion immersive immigrant immigrate immigration imminence
imminent immobile immobility immobilization immobilize immoderate immodest immodesty immolate
immolation immoral immorality immortal immortality immortalize immovable immovably immoveable
immune immunity immunization immunize immunology immure immutability immutable immutably imp impact
impair impairment impala impale impalement impalpable impanel impart impartial impartiality
impassable impasse impassioned impassive impassivity impatience impatient impeach impeachment
impeccability impeccable impeccably impecunious impecuniousness impedance impede impediment
impedimenta impel impelled impelling impend impenetrability impenetrable impenetrably impenitence
impenitent imperative imperceptible imperceptibly imperfect imperfection imperial imperialism
imperialist imperialistic imperil imperilled imperilling imperious imperiousness imperishable
impermanence impermanent impermeable impermissible impersonal impersonate impersonation
impersonator impertinence impertinent imperturbability imperturbable imperturbably impervious
impetigo impetuosity impetuous impetus impiety impinge impingement impious impish impishness
implacability implacable implacably implant implantation implausibility implausible implausibly
implement implementable implementation implementer implicate implication implicit implode implore
implosion impolite impoliteness impolitic imponderable import importance important importation
importer importunate importune importunity impose imposition impossibility impossible impossibly
imposter impostor imposture impotence impotent impound impoverish impoverishment impracticable
impracticably impractical impracticality imprecation imprecise imprecision impregnability
impregnable impregnably impregnate impregnation impresario impress impression impressionable
impressionism impressionist impressionistic impressive impressiveness imprimatur imprint imprison
imprisonment improbability improbable improbably impromptu improper impropriety improvable improve
improvement improvidence improvident improvisation improvise imprudence imprudent impudence
impudent impugn impulse impulsion impulsive impulsiveness impunity impure impurer impurest impurity
imputation impute in inability inaccessibility inaccessible inaccuracy inaccurate inaction inactive
inactivity inadequacy inadequate inadmissible inadvertence inadvertent inadvisable inalienable
inamorata inane inaner inanest inanimate inanity inapplicable inappropriate inapt inarticulate
inasmuch inattention inattentive inaudible inaudibly inaugural inaugurate inauguration inauspicious
inboard inborn inbound inbox inbred inbreed inbuilt inc incalculable incalculably incandescence
incandescent incantation incapability incapable incapacitate incapacity incarcerate incarceration
incarnate incarnation incautious incendiary incense incentive inception incessant incest incestuous
inch inchoate incidence incident incidental incinerate incineration incinerator incipient incise
incision incisive incisiveness incisor incite incitement incivility inclemency inclement
inclination incline inclose inclosure include inclusion inclusive incognito incoherence incoherent
incombustible income incommensurate incommunicado incomparable incomparably incompatibility
incompatible incompatibly incompetence incompetent incomplete incompleteness incomprehensible
incomprehensibly inconceivable inconceivably inconclusive incongruity incongruous inconsequential
inconsiderable inconsiderate inconsiderateness inconsistency inconsistent inconsolable
inconspicuous inconspicuousness inconstancy inconstant incontestable incontestably incontinence
incontinent incontrovertible incontrovertibly inconvenience inconvenient incorporate incorporation
incorporeal incorrect incorrectness incorrigibility incorrigible incorrigibly incorruptibility
incorruptible increase incredibility incredible incredibly incredulity incredulous increment
incremental incriminate incrimination incriminatory incrust incrustation incubate incubation
incubator incubi incubus inculcate inculcation inculpate incumbency incumbent incur incurable
incurably incurious incurred incurring incursion ind indebted indebtedness indecency indecent
indecipherable indecision indecisive indecisiveness indecorous indeed indefatigable indefatigably
indefensible indefensibly indefinable indefinably indefinite indelible indelibly indelicacy
indelicate indemnification indemnify indemnity indent indentation indenture independence
independent indescribable indescribably indestructible indestructibly indeterminable indeterminacy
indeterminate index indicate indication indicative indicator indices indict indictable indictment
indifference indifferent indigence indigenous indigent indigestible indigestion indignant
indignation indignity indigo indirect indirection indirectness indiscernible indiscreet
indiscretion indiscriminate indispensable indispensably indisposed indisposition indisputable
indisputably indissoluble indistinct indistinctness indistinguishable individual individualism
individualist individualistic individuality individualize indivisibility indivisible indivisibly
indoctrinate indoctrination indolence indolent indomitable indomitably indoor indorse indorsement
indubitable indubitably induce inducement induct inductance inductee induction inductive indue
indulge indulgence indulgent industrial industrialism industrialist industrialization industrialize
industrious industriousness industry inebriate inebriation inedible ineducable ineffable ineffably
ineffective ineffectiveness ineffectual inefficiency inefficient inelastic inelegance inelegant
ineligibility ineligible ineluctable ineluctably inept ineptitude ineptness inequality inequitable
inequity inert inertia inertial inertness inescapable inescapably inessential inestimable
inestimably inevitability inevitable inevitably inexact inexcusable inexcusably inexhaustible
inexhaustibly inexorable inexorably inexpedient inexpensive inexperience inexpert inexplicable
inexplicably inexpressible inextinguishable inextricable inextricably infallibility infallible
infallibly infamous infamy infancy infant infanticide infantile infantry infantryman infantrymen
infarction infatuate infatuation infeasible infect infection infectious infectiousness infelicitous
infelicity infer inference inferential inferior inferiority infernal inferno inferred inferring
infertile infertility infest infestation infidel infidelity infield infielder infighting infiltrate
infiltration infiltrator infinite infinitesimal infinitive infinitude infinity infirm infirmary
infirmity infix inflame inflammable inflammation inflammatory inflatable inflate inflation
inflationary inflect inflection inflectional inflexibility inflexible inflexibly inflict infliction
inflorescence inflow influence influential influenza influx info infomercial inform informal
informality informant information informational informative informer infotainment infraction
infrared infrastructure infrequency infrequent infringe infringement infuriate infuse infusion
ingenious ingenuity ingenuous ingenuousness ingest ingestion inglorious ingot ingrain ingrate
ingratiate ingratitude ingredient ingress ingrown inhabit inhabitable inhabitant inhalant
inhalation inhalator inhale inhaler inhere inherent inherit inheritance inheritor inhibit
inhibition inhospitable inhuman inhumane inhumanity inimical inimitable inimitably iniquitous
iniquity initial initialization initialize initialled initialling initiate initiation initiative
initiator initio inject injection injector injudicious injunction injure injurious injury injustice
ink inkblot inkier inkiest inkiness inkling inkwell inky inlaid inland inlay inlet inline inmate
inmost inn innards innate inner innermost innkeeper innocence innocent innocuous innovate
innovation innovative innovator innuendo innuendoes innumerable inoculate inoculation inoffensive
inoperable inoperative inopportune inordinate inorganic inpatient input inputted inputting inquest
inquietude inquire inquirer inquiry inquisition inquisitive inquisitiveness inquisitor inroad ins
insane insaner insanest insanity insatiable insatiably inscribe inscription inscrutable inscrutably
inseam insect insecticide insectivore insectivorous insecure insecurity inseminate insemination
insensate insensibility insensible insensibly insensitive insensitivity insentience insentient
inseparability inseparable inseparably insert insertion inset insetted insetting inshore inside
insider insidious insidiousness insight insightful insigne insignia insignificance insignificant
insincere insincerity insinuate insinuation insipid insist insistence insistent insofar insole
insolence insolent insolubility insoluble insolvable insolvency insolvent insomnia insomniac
insouciance insouciant inspect inspection inspector inspiration inspirational inspire instability
instal install installation installment instalment instance instant instantaneous instead instep
instigate instigation instigator instil instill instinct instinctive institute institution
institutional institutionalize instruct instruction instructional instructive instructor instrument
instrumental instrumentalist instrumentality instrumentation insubordinate insubordination
insubstantial insufferable insufferably insufficiency insufficient insular insularity insulate
insulation insulator insulin insult insuperable insupportable insurance insure insurer insurgence
insurgency insurgent insurmountable insurrection insurrectionist int intact intagli intaglio intake
intangible intangibly integer integral integrate integration integrator integrity integument intel
intellect intellectual intellectualism intellectualize intelligence intelligent intelligentsia
intelligibility intelligible intelligibly intemperance intemperate intend intense intenser
intensest intensification intensifier intensify intensity intensive intent intention intentional
intentness inter interact interaction interactive interbred interbreed intercede intercept
interception interceptor intercession intercessor interchange interchangeable interchangeably
intercollegiate intercom interconnect interconnection intercontinental intercourse
interdenominational interdepartmental interdependence interdependent interdict interdiction
interdisciplinary interest interface interfaith interfere interference interferon intergalactic
interim interior interj interject interjection interlace interlard interleave interleukin interlink
interlock interlocutory interloper interlude intermarriage intermarry intermediary intermediate
interment intermezzi intermezzo interminable interminably intermingle intermission intermittent
intern internal internalize international internationalism internationalize interne internecine
internee internement interneship internet internist internment internship interoffice interpersonal
interplanetary interplay interpolate interpolation interpose interposition interpret interpretation
interpretative interpreter interpretive interracial interred interrelate interrelation
interrelationship interring interrogate interrogation interrogative interrogator interrogatory
interrupt interruption interscholastic intersect intersection intersperse interstate interstellar
interstice intertwine interurban interval intervene intervention interview interviewee interviewer
interweave interwove interwoven intestate intestinal intestine intimacy intimate intimation
intimidate intimidation into intolerable intolerably intolerance intolerant intonation intone
intoxicant intoxicate intoxication intractability intractable intramural intranet intransigence
intransigent intransitive intravenous intrench intrenchment intrepid intricacy intricate intrigue
intrinsic intrinsically intro introduce introduction introductory introspection introspective
introversion introvert intrude intruder intrusion intrusive intrust intuit intuition intuitive
inundate inundation inure invade invader invalid invalidate invalidation invalidity invaluable
invariable invariably invariant invasion invasive invective inveigh inveigle invent invention
inventive inventiveness inventor inventory inverse inversion invert invertebrate invest investigate
investigation investigative investigator investiture investment investor inveterate invidious
invigorate invigoration invincibility invincible invincibly inviolability inviolable inviolate
invisibility invisible invisibly invitation invitational invite invocation invoice invoke
involuntarily involuntary involve involvement invulnerability invulnerable invulnerably inward
ioctl iodine iodize ion ionization ionize ionizer ionosphere iota ipecac irascibility irascible
irate irateness ire iridescence iridescent iridium iris irk irksome iron ironclad ironic ironical
ironmonger ironware ironwork irony irradiate irradiation irrational irrationality irreconcilable
irrecoverable irredeemable irrefutable irregular irregularity irrelevance irrelevancy irrelevant
irreligious irremediable irremediably irreparable irreparably irreplaceable irrepressible
irreproachable irresistible irresistibly irresolute irresolution irrespective irresponsibility
irresponsible irresponsibly irretrievable irretrievably irreverence irreverent irreversible
irreversibly irrevocable irrevocably irrigate irrigation irritability irritable irritably irritant
irritate irritation irruption is isinglass island islander isle islet ism isobar isolate isolation
isolationism isolationist isometric isomorphic isosceles isotope isotopic isotropic issuance issue
isthmi isthmus it italic italicize itch itchier itchiest itchiness itchy item itemization itemize
iterate iteration iterative iterator itinerant itinerary its itself iv ivory ivy ix jab jabbed
jabber jabberer jabbing jabot jack jackal jackass jackboot jackdaw jacket jackhammer jackknife
jackknives jackpot jackrabbit jade jag jagged jaggeder jaggedest jaggedness jaggies jaguar jail
jailbreak jailer jailor jalopy jalousie jam jamb jamboree jammed jamming jangle janitor janitorial
japan japanned japanning jape jar jargon jarred jarring jasmine jasper jaundice jaunt jauntier
jauntiest jauntily jauntiness jaunty javelin jaw jawbone jawbreaker jay jaywalk jaywalker jazz
jazzier jazziest jazzy jealous jealousy jeans jeep jeer jeez jehad jejune jell jello jelly
jellybean jellyfish jeopardize jeopardy jeremiad jerk jerkier jerkiest jerkily jerkin jerkwater
jerky jersey jessamine jest jester jet jetsam jetted jetting jettison jetty jewel jeweler jewelled
jeweller jewelling jewelry jib jibbed jibbing jibe jiffy jig jigged jigger jigging jiggle jigsaw
jigsawn jihad jihadist jilt jimmy jingle jingoism jingoist jingoistic jinn jinni jinricksha
jinrikisha jinx jitney jitterbug jitterbugged jitterbugging jitterier jitteriest jitters jittery
jiujitsu jive job jobbed jobber jobbing jobless joblessness jock jockey jockstrap jocose jocosity
jocular jocularity jocund jocundity jodhpurs jog jogged jogger jogging joggle john join joiner
joint joist joke joker jollier jolliest jolliness jollity jolly jolt jonquil josh jostle jot jotted
jotting joule jounce journal journalese journalism journalist journalistic journey journeyman
journeymen joust jovial joviality jowl joy joyful joyfuller joyfullest joyfulness joyless joyous
joyousness joyridden joyride joyrider joyrode joystick jubilant jubilation jubilee judge judgement
judgemental judgeship judgment judgmental judicature judicial judiciary judicious judiciousness
judo jug jugged juggernaut jugging juggle juggler jugular juice juicer juicier juiciest juicily
juiciness juicy jujitsu jujube jujutsu jukebox julep julienne jumble jumbo jump jumper jumpier
jumpiest jumpiness jumpsuit jumpy junco juncoes junction juncture jungle junior juniper junk junker
junket junkie junkier junkiest junky junkyard junta juridical jurisdiction jurisdictional
jurisprudence jurist juror jury just juster justest justice justifiable justifiably justification
justify justness jut jute jutted jutting juvenile juxtapose juxtaposition kabob kaboom kaftan
kahuna kale kaleidoscope kaleidoscopic kamikaze kangaroo kaolin kapok kaput karakul karaoke karat
karate karma katydid kayak kazoo kc kebab kebob keel keen keener keenest keenness keep keeper
keepsake keg kelp ken kenned kennel kennelled kennelling kenning kept keratin kerchief kerchieves
kernel kerosene kerosine kestrel ketch ketchup keto ketogenic kettle kettledrum key keybinding
keyboard keyboarder keyhole keynote keypunch keystone keystroke keyword kg khaki khan kibbutz
kibbutzim kibitz kibitzer kibosh kick kickback kicker kickier kickiest kickoff kickstand kicky kid
kidded kidder kiddie kidding kiddo kiddoes kiddy kidnap kidnaper kidnapped kidnapper kidnapping
kidney kielbasa kielbasy kill killdeer killer killjoy kiln kilo kilobyte kilocycle kilogram
kilohertz kilometer kiloton kilowatt kilt kilter kimono kin kind kinda kinder kindergarten
kindergartener kindest kindhearted kindle kindlier kindliest kindliness kindness kindred kinematic
kinetic kinfolk king kingdom kingfisher kinglier kingliest kingpin kingship kink kinkier kinkiest
kinky kinship kinsman kinsmen kinswoman kinswomen kiosk kipper kismet kiss kisser kit kitchen
kitchenette kitchenware kite kith kitsch kitschy kitten kittenish kitty kiwi kleptomania
kleptomaniac kludge kluge klutz klutzier klutziest klutzy km knack knacker knackwurst knapsack
knave knavery knavish knead kneader knee kneecap kneecapped kneecapping kneel knell knelt knew
knickers knickknack knife knight knighthood knit knitted knitter knitting knitwear knives knob
knobbier knobbiest knobby knock knocker knockout knockwurst knoll knot knothole knotted knottier
knottiest knotting knotty know knowable knowledge knowledgeable knowledgeably known knuckle
knucklehead koala koan kohlrabi kohlrabies kook kookaburra kookie kookier kookiest kookiness kooky
kopeck kopek kosher kowtow krone kroner kronor krypton ks kudos kudzu kumquat la lab label labelled
labelling labia labial labium labor laboratory laborer laborious laburnum labyrinth labyrinthine
lace lacerate laceration lachrymal lachrymose lacier laciest lack lackadaisical lackey lackluster
laconic laconically lacquer lacrimal lacrosse lactate lactation lactic lactose lacuna lacunae lacy
lad ladder laddie lade laden ladle lady ladybird ladybug ladyfinger ladylike ladyship lag lager
laggard lagged lagging lagniappe lagoon laid lain lair laity lake lallygag lallygagged lallygagging
lam lama lamasery lamb lambast lambaste lambda lambent lambkin lambskin lame lamebrain lameness
lament lamentable lamentably lamentation lamer lamest laminate lamination lammed lamming lamp
lampblack lampoon lamppost lamprey lampshade lance lancer lancet land lander landfall landfill
landholder landlady landline landlocked landlord landlubber landmark landmass landowner landscape
landscaper landslid landslidden landslide landward lane language languid languish languor
languorous lank lanker lankest lankier lankiest lankiness lanky lanolin lantern lanyard lap lapel
lapidary lapped lapping lapse laptop lapwing larboard larcenous larceny larch lard larder large
largeness larger largesse largest largo lariat lark larkspur larva larvae larval larynges
laryngitis larynx lasagna lasagne lascivious lasciviousness lase laser lash lass lassie lassitude
lasso lassoes last lat latch late latecomer latency lateness latent later lateral lateralled
lateralling latest latex lath lathe lather latitude latitudinal latrine latte latter lattice
latticework laud laudable laudably laudanum laudatory laugh laughable laughably laughingstock
laughter launch launcher launder launderer laundress laundromat laundry laundryman laundrymen
laureate laurel lava lavatory lavender lavish lavisher lavishest lavishness law lawbreaker lawful
lawfulness lawgiver lawless lawlessness lawmaker lawn lawrencium lawsuit lawyer lax laxative laxer
laxest laxity laxness lay layaway layer layette layman laymen layoff layout layover laypeople
layperson laywoman laywomen laze lazier laziest lazily laziness lazy lazybones lb lbs lea leach
lead leaden leader leadership leaf leafier leafiest leafless leaflet leafletted leafletting leafy
league leak leakage leakier leakiest leaky lean leaner leanest leanness leap leapfrog leapfrogged
leapfrogging leapt learn learner learnt lease leasehold leaseholder leash least leastwise leather
leatherneck leathery leave leaven lecher lecherous lechery lecithin lectern lecture lecturer led
ledge ledger lee leech leek leer leerier leeriest leery leeward leeway left lefter leftest leftie
leftism leftist leftmost leftover leftwards lefty leg legacy legal legalese legalism legalistic
legality legalization legalize legate legatee legation legato legend legendary legerdemain legged
leggier leggiest leggin legging leggy legibility legible legibly legion legionnaire legislate
legislation legislative legislator legislature legit legitimacy legitimate legitimize legless
legman legmen legroom legume leguminous legwork lei leisure leitmotif lemma lemme lemon lemonade
lemony lemur lend lender length lengthen lengthier lengthiest lengthily lengthways lengthwise
lengthy leniency lenient lens lent lentil leonine leopard leotard leper leprechaun leprosy leprous
lept lesbian lesbianism lesion less lessee lessen lesser lesson lessor lest let letdown lethal
lethargic lethargically lethargy letter letterbomb letterbox letterhead letting lettuce letup
leukemia leukocyte levee level leveler levelheaded levelheadedness levelled levellers levelling
levelness lever leverage leviathan levitate levitation levity levy lewd lewder lewdest lewdness
lexer lexica lexical lexicographer lexicography lexicon liability liable liaise liaison liar lib
libation libel libeler libelled libeller libelling libellous libelous liberal liberalism liberality
liberalization liberalize liberate liberation liberator libertarian libertine liberty libidinous
libido librarian library libretti librettist libretto lice licence license licensee licentiate
licentious licentiousness lichee lichen licit lick licorice lid lidded lie lief liefer liefest
liege lien lieu lieutenancy lieutenant life lifeblood lifeboat lifeforms lifeguard lifeless
lifelike lifeline lifelong lifer lifesaver lifesaving lifespan lifestyle lifetime lifework lift
liftoff ligament ligature light lighten lighter lightest lightheaded lighthearted lightheartedness
lighthouse lightness lightning lightweight lignite lii likable likableness like likeable
likeableness likelier likeliest likelihood liken likeness liker likest likewise lilac lilt lily
limb limber limbless limbo lime limeade limelight limerick limestone limier limiest limit
limitation limitless limn limo limousine limp limper limpest limpet limpid limpidity limpness limy
linage linchpin linden line lineage lineal lineament linear linebacker linefeed lineman linemen
linen liner linesman linesmen lineup linger lingerer lingerie lingo lingoes lingual linguist
linguistic liniment link linkage linker linkup linnet linoleum linseed lint lintel lion lioness
lionhearted lionize lip lipid liposuction lipread lipstick liquefaction liquefy liqueur liquid
liquidate liquidation liquidator liquidity liquidize liquify liquor lira lire lisle lisp lissom
lissome list listen listener listless listlessness lit litany litchi lite liter literacy literal
literary literate literati literature lithe lither lithest lithium lithograph lithographer
lithographic lithography lithosphere litigant litigate litigation litigious litigiousness litmus
litter litterbug little littleness littler littlest littoral liturgical liturgy livability livable
live liveable livelier liveliest livelihood liveliness livelong liven liver liverwurst livery
livest livestock liveware livid lix lizard llama llano lo load loadable loader loadstar loadstone
loaf loafer loam loamier loamiest loamy loan loaner loanword loath loathe loathsome loathsomeness
loaves lob lobbed lobbing lobby lobbyist lobe lobotomy lobster local locale locality localization
localize locate location locavore loci lock lockable locker locket lockjaw lockout locksmith
lockstep lockup loco locomotion locomotive locoweed locus locust locution lode lodestar lodestone
lodge lodger loft loftier loftiest loftily loftiness lofty log loganberry logarithm logarithmic
logbook loge logged logger loggerhead logging logic logical logician login logistic logistical
logjam logo logoff logon logotype logout logrolling loin loincloth loiter loiterer lolcat loll
lollipop lollygag lollygagged lollygagging lollypop lone lonelier loneliest loneliness loner
lonesome long longboat longer longest longevity longhair longhand longhorn longish longitude
longitudinal longshoreman longshoremen longtime loofah look lookalike lookout lookup loom loon
looney looneyier looneyies loonie loonier looniest loony loop loophole loopier loopiest loopy loose
loosen looseness looser loosest loot looter lop lope lopped lopping lopsided lopsidedness
loquacious loquacity lord lordlier lordliest lordship lore lorgnette lorn lorry lose loser loss
lost lot loth lotion lottery lotto lotus loud louder loudest loudmouth loudness loudspeaker lounge
louse lousier lousiest lousiness lousy lout loutish louver louvred lovable love loveable lovebird
loveless lovelier loveliest loveliness lovelorn lovemaking lover lovesick low lowbrow lowdown lower
lowercase lowest lowish lowland lowlier lowliest lowliness lowness lox loyal loyaler loyalest
loyalist loyaller loyallest loyalty lozenge ls luau lubber lube lubricant lubricate lubrication
lubricator lucid lucidity lucidness luck luckier luckiest luckily luckiness luckless lucky
lucrative lucre ludicrous ludicrousness lug luggage lugged lugging lugubrious lugubriousness
lukewarm lull lullaby lumbago lumbar lumber lumberjack lumberman lumbermen lumberyard luminary
luminescence luminescent luminosity luminous lummox lump lumpier lumpiest lumpiness lumpish lumpy
lunacy lunar lunatic lunch lunchbox luncheon luncheonette lunchroom lunchtime lung lunge lupin
lupine lupus lurch lure lurid luridness lurk lurker luscious lusciousness lush lusher lushest
lushness lust luster lustful lustier lustiest lustily lustiness lustre lustrous lusty lute
luxuriance luxuriant luxuriate luxurious luxuriousness luxury lvi lvii lxi lxii lxiv lxix lxvi
lxvii lyceum lychee lye lymph lymphatic lymphoma lymphomata lynch lynchpin lynx lyre lyric lyrical
lyricist ma macabre macadam macaroni macaronies macaroon macaw mace macerate maceration machete
machinable machination machine machinery machinist machismo macho macintosh mackerel mackinaw
mackintosh macro macrobiotic macrocosm macrology macron macroscopic mad madam madame madcap madden
madder maddest made mademoiselle madhouse madman madmen madness madras madrasa madrasah madrassa
madrigal madwoman madwomen maelstrom maestri maestro magazine magenta maggot magic magical magician
magisterial magistrate magma magnanimity magnanimous magnate magnesia magnesium magnet magnetic
magnetically magnetism magnetization magnetize magneto magnetosphere magnification magnificence
magnificent magnifier magnify magnitude magnolia magnum magpie maharaja maharajah maharanee
maharani maharishi mahatma mahjong mahogany maid maiden maidenhair maidenhead maidenhood
maidservant mail mailbomb mailbox mailer mailman mailmen maim main mainframe mainland mainline
mainmast mainsail mainspring mainstay mainstream maintain maintainability maintainable maintainer
maintenance maize majestic majestically majesty major majorette majority make maker makeshift
makeup maladjusted maladjustment maladroit malady malaise malapropism malaria malarial malarkey
malcontent male malediction malefactor maleness malevolence malevolent malfeasance malformation
malformed malfunction malice malicious malign malignancy malignant malignity malinger malingerer
mall mallard malleability malleable mallet mallow malnourished malnutrition malodorous malpractice
malt maltreat maltreatment malware mama mambo mamma mammal mammalian mammary mammogram mammography
mammon mammoth man manacle manage manageability manageable management manager managerial manatee
mandarin mandate mandatory mandible mandolin mandrake mandrill mane maneuver maneuverability
maneuverable manful manga manganese mange manger mangier mangiest mangle mangler mango mangoes
mangrove mangy manhandle manhole manhood manhunt mania maniac maniacal manic manicure manicurist
manifest manifestation manifesto manifestoes manifold manikin manipulate manipulation manipulative
manipulator mankind manlier manliest manliness manna manned mannequin manner mannerism mannikin
manning mannish mannishness manor manorial manpower mansard manse manservant mansion manslaughter
mantel mantelpiece mantes mantilla mantis mantissa mantle mantlepiece mantra manual manufacture
manufacturer manumit manumitted manumitting manure manuscript many map maple mapped mapper mapping
mar marabou maraca marathon marathoner maraud marauder marble march marcher marchioness mare
margarine margarita margin marginal marginalia maria mariachi marigold marihuana marijuana marimba
marina marinade marinate marine mariner marionette marital maritime marjoram mark markdown marker
market marketability marketable marketer marketplace marksman marksmanship marksmen markup marlin
marmalade marmoset marmot maroon marquee marquess marquetry marquis marquise marred marriage
marriageable marring marrow marry marsh marshal marshalled marshalling marshier marshiest
marshmallow marshy marsupial mart marten martial martian martin martinet martini martyr martyrdom
marvel marvelled marvelling marvellously marvelous marzipan mas masc mascara mascot masculine
masculinity mash masher mashup mask masochism masochist masochistic mason masonic masonry masque
masquerade masquerader massacre massage masseur masseuse massive massiveness mast mastectomy master
masterful mastermind masterpiece masterstroke masterwork mastery masthead masticate mastication
mastiff mastodon mastoid masturbate masturbation mat matador match matchbook matchbox matchless
matchmaker matchmaking matchstick mate material materialism materialist materialistic
materialistically materialization materialize maternal maternity math mathematical mathematician
mathematics matins matriarch matriarchal matriarchy matrices matricide matriculate matriculation
matrimonial matrimony matrix matron matt matte matter mattock mattress maturation mature maturer
maturest maturity matzo matzoh matzot matzoth maudlin maul maunder mausolea mausoleum mauve maven
maverick mavin maw mawkish max maxilla maxillae maxillary maxim maxima maximal maximization
maximize maximum may maybe mayday mayflower mayfly mayhem mayo mayonnaise mayor mayoral mayoralty
maypole maze mazourka mazurka me mead meadow meadowlark meager meagerness meal mealier mealiest
mealtime mealy mean meander meaner meanest meaningful meaningless meanness meant meantime meanwhile
measles measlier measliest measly measurable measurably measure measureless measurement meat
meatball meatier meatiest meatloaf meatloaves meaty mecca mechanic mechanical mechanism mechanistic
mechanization mechanize med medal medalist medallion meddle meddler meddlesome media mediaeval
medial median mediate mediation mediator medic medical medicate medication medicinal medicine
medieval mediocre mediocrity meditate meditation meditative medium medley medulla medullae meek
meeker meekest meekness meet meetinghouse meg megabyte megachurch megacycle megahertz megalith
megalomania megalomaniac megalopolis megaphone megapixel megaton meh melancholia melancholic
melancholy melange melanin melanoma melanomata meld mellifluous mellow mellower mellowest
mellowness melodic melodically melodious melodiousness melodrama melodramatic melodramatically
melody melon melt meltdown member membership membrane membranous meme memento mementoes memo memoir
memorabilia memorable memorably memoranda memorandum memorial memorialize memorization memorize
memory men menace menage menagerie mend mendacious mendacity mender mendicant menfolk menhaden
menial meningitis menopausal menopause menorah menservants menses menstrual menstruate menstruation
menswear mental mentality menthol mentholated mention mentor menu meow mercantile mercenary
mercerize merchandise merchandize merchant merchantman merchantmen merciful merciless mercurial
mercuric mercury mercy mere merest meretricious merganser merge merger meridian meringue merino
merit meritocracy meritorious mermaid merman mermen merrier merriest merrily merriment merriness
merry merrymaker merrymaking mes mesa mescal mescaline mesdames mesdemoiselles mesh mesmerism
mesmerize mesquite message messenger messiah messier messiest messieurs messily messiness messy
mestizo mestizoes met meta metabolic metabolism metabolize metacarpal metacarpi metacarpus metal
metallic metallurgical metallurgist metallurgy metamorphic metamorphism metamorphose metamorphosis
metaphor metaphorical metaphysical metaphysics metastases metastasis metastasize metatarsal mete
meteor meteoric meteorite meteoroid meteorological meteorologist meteorology meter methadon
methadone methane methanol methinks method methodical methodological methodology methought
meticulous meticulousness metric metrical metrication metro metronome metropolis metropolitan
mettle mettlesome mew mewl mezzanine mfg mfr mg mi miaow miasma miasmata mica mice mickey micra
microaggression microbe microbiologist microbiology microchip microcode microcomputer microcosm
microeconomics microfiche microfilm microfloppies microloan micrometer micron microorganism
microphone microplastics microprocessor microscope microscopic microscopically microscopy
microsecond microsurgery microwave mid midair midday middle middlebrow middleman middlemen
middleweight middy midge midget midland midmost midnight midpoint midriff midshipman midshipmen
midst midstream midsummer midterm midtown midway midweek midwife midwifery midwinter midwived
midwives midwiving midyear mien miff might mightier mightiest mightily mightiness mighty migraine
migrant migrate migration migratory mike mil milch mild milder mildest mildew mildness mile mileage
milepost miler milestone milf milieu milieux militancy militant militarily militarism militarist
militaristic militarization militarize military militate militia militiaman militiamen milk milker
milkier milkiest milkiness milkmaid milkman milkmen milkshake milksop milkweed milky mill millage
millennia millennial millennium millepede miller millet milligram milliliter millimeter milliner
millinery million millionaire millionth millipede millisecond millrace millstone milquetoast mime
mimeograph mimetic mimic mimicked mimicking mimicry mimosa min minaret minatory mince mincemeat
mind mindbogglingly mindedness mindful mindfulness mindless mindlessness mine minefield miner
mineral mineralogist mineralogy minestrone minesweeper mingle mini miniature miniaturist
miniaturization miniaturize minibike minibus minibusses minicam minicomputer minifloppies minim
minima minimal minimalism minimalist minimization minimize minimum minion miniscule miniseries
miniskirt minister ministerial ministrant ministration ministry minivan mink minnow minor minority
minster minstrel mint mintier mintiest minty minuend minuet minus minuscule minute minuteman
minutemen minuteness minuter minutest minutia minutiae minx miracle miraculous mirage mire mirror
mirth mirthful mirthless misadventure misalignment misalliance misanthrope misanthropic
misanthropist misanthropy misapplication misapply misapprehend misapprehension misappropriate
misappropriation misbegotten misbehave misbehavior misc miscalculate miscalculation miscall
miscarriage miscarry miscast miscegenation miscellaneous miscellany mischance mischief mischievous
mischievousness miscommunication misconceive misconception misconduct misconstruction misconstrue
miscount miscreant miscue misdeal misdealt misdeed misdemeanor misdiagnose misdiagnosis misdid
misdirect misdirection misdo misdoes misdone miser miserable miserably miserliness misery
misfeasance misfeature misfire misfit misfitted misfitting misfortune misgiving misgovern misguide
mishandle mishap mishmash misidentify misinform misinformation misinterpret misinterpretation
misjudge misjudgement misjudgment mislaid mislay mislead misled mismanage mismanagement mismatch
misnomer misogynist misogynistic misogyny misplace misplay misprint mispronounce mispronunciation
misquotation misquote misread misrepresent misrepresentation misrule miss missal misshapen missile
missilery mission missionary missive misspell misspelt misspend misspent misstate misstatement
misstep mist mistake mistaken mister mistier mistiest mistily mistime mistiness mistletoe mistook
mistranslated mistreat mistreatment mistress mistrial mistrust mistrustful misty mistype
misunderstand misunderstood misuse mite miter mitigate mitigation mitosis mitt mitten mix mixer
mixture mizzen mizzenmast mkay ml mm mnemonic mo moan moat mob mobbed mobbing mobile mobility
mobilization mobilize mobster moccasin mocha mock mocker mockery mockingbird mod modal modded
modding mode model modelled modelling modem moderate moderation moderator modern modernism
modernist modernistic modernity modernization modernize modest modesty modicum modifiable
modification modifier modify modish modishness modular modulate modulation modulator module modulo
modulus mogul mohair moiety moire moist moisten moister moistest moistness moisture moisturize
moisturizer molar molasses mold molder moldier moldiest moldiness moldy mole molecular molecule
molehill moleskin molest molestation molester moll mollification mollify mollusc mollusk
mollycoddle molt molten molybdenum mom moment momentarily momentary momentous momentousness
momentum momma mommy monarch monarchic monarchical monarchism monarchist monarchy monastery
monastic monasticism monaural monetarily monetarism monetary monetize money moneybag moneymaker
moneymaking mongeese monger mongolism mongoose mongrel monicker monied monies moniker monitor monk
monkey monkeyshine mono monochromatic monochrome monocle monocotyledon monogamous monogamy monogram
monogrammed monogramming monograph monolingual monolith monolithic monolog monologue monomania
monomaniac mononucleosis monophonic monopolist monopolistic monopolization monopolize monopoly
monorail monosyllabic monosyllable monotheism monotheist monotheistic monotone monotonic
monotonically monotonous monotony monoxide monsieur monsignor monsignori monsoon monster monstrance
monstrosity monstrous montage month monument monumental moo mooch moocher mood moodier moodiest
moodily moodiness moody moon moonbeam moonlight moonlighter moonlit moonscape moonshine moonshot
moonstone moonstruck moor moorland moose moot mop mope mopped moppet mopping moraine moral morale
moralist moralistic morality moralize morass moratoria moratorium moray morbid morbidity mordant
more moreover morgue moribund morn morocco moron moronic morose moroseness morpheme morphine
morphological morphology morrow morsel mortal mortality mortar mortarboard mortgage mortgagee
mortgager mortgagor mortice mortician mortification mortify mortise mortuary mos mosaic mosey
mosque mosquito mosquitoes mossier mossiest mossy most mote motel moth mothball mother motherboard
motherfucker motherfucking motherhood motherland motherless motherliness motif motile motility
motion motionless motivate motivation motivational motivator motive motley motlier motliest
motocross motor motorbike motorboat motorcade motorcar motorcycle motorcyclist motorist motorize
motorman motormen motormouth motorway mottle motto mottoes mound mount mountain mountaineer
mountainous mountainside mountaintop mountebank mourn mourner mournful mournfulness mouse mouser
mousetrap mousetrapped mousetrapping mousey mousier mousiest mousiness mousse moustache mousy mouth
mouthful mouthpiece mouthwash mouthwatering movable move moveable movement mover movie mow mower
mown mozzarella mpg mph ms mu much mucilage muck muckier muckiest muckrake muckraker mucky mucous
mucus mud muddier muddiest muddiness muddle muddy mudguard mudslide mudslinger mudslinging muesli
muezzin muff muffin muffle muffler mufti mug mugged mugger muggier muggiest mugginess mugging
muggle muggy mukluk mulatto mulattoes mulberry mulch mule muleteer mulish mulishness mull mullah
mullet mulligatawny mullion multi multicolored multicultural multiculturalism multidimensional
multifaceted multifarious multifariousness multilateral multilingual multimedia multimillionaire
multinational multiplayer multiple multiplex multiplexer multiplexor multiplicand multiplication
multiplicative multiplicity multiplier multiply multiprocessing multipurpose multiracial multitask
multitude multitudinous multivariate multiverse multivitamin mum mumble mumbler mummer mummery
mummification mummify mummy mumps munch munchies munchkin mundane mung municipal municipality
munificence munificent munition mural muralist murder murderer murderess murderous murk murkier
murkiest murkily murkiness murky murmur muscat muscatel muscle muscular muscularity musculature
muse museum mush mushier mushiest mushiness mushroom mushy music musical musicale musician
musicianship musicologist musicology musk muskellunge musket musketeer musketry muskier muskiest
muskiness muskmelon muskrat musky muslin muss mussel mussier mussiest mussy must mustache mustang
mustard muster mustier mustiest mustiness musty mutability mutable mutant mutate mutation mute
muteness muter mutest mutilate mutilation mutineer mutinous mutiny mutt mutter mutton mutual
mutuality muumuu muzzle my myna mynah mynahes myopia myopic myriad myrrh myrtle myself mysterious
mysteriousness mystery mystic mystical mysticism mystification mystify mystique myth mythic
mythical mythological mythologist mythology nab nabbed nabbing nabob nacho nacre nadir nag nagged
nagging nagware naiad naiades nail nailbrush naive naiver naivest naivety naked nakedness name
nameless namesake nanny nanobot nanosecond nanotechnology nap napalm nape naphtha naphthalene
napkin napped nappier nappiest napping nappy narc narcissi narcissism narcissist narcissistic
narcissus narcosis narcotic nark narrate narration narrative narrator narrow narrower narrowest
narrowness narwhal nary nasal nasalize nascent nastier nastiest nastily nastiness nasturtium nasty
natal nation national nationalism nationalist nationalistic nationality nationalization nationalize
nationwide native nativity natl nattier nattiest nattily natty natural naturalism naturalist
naturalistic naturalization naturalize naturalness nature naught naughtier naughtiest naughtily
naughtiness naughty nausea nauseam nauseate nauseous nautical nautili nautilus naval nave navel
navigability navigable navigate navigation navigational navigator navy nay naysayer near nearby
nearer nearest nearness nearsighted nearsightedness neat neater neatest neath neatness nebula
nebulae nebular nebulous necessarily necessary necessitate necessity neck neckerchief neckerchieves
necklace neckline necktie necromancer necromancy necrophilia necrosis nectar nectarine need needful
needier neediest neediness needle needlepoint needlework needy nefarious nefariousness neg negate
negation negative negativity neglect neglectful neglig negligee negligence negligent negligible
negligibly negotiable negotiate negotiation negotiator neigh neighbor neighborhood neighborliness
neither nematode nemeses nemesis neoclassic neoclassical neoclassicism neocolonialism neocon
neoconservative neodymium neologism neon neonatal neonate neophilia neophyte neoprene nephew
nephritis nepotism neptunium nerd nerdier nerdiest nerdy nerve nerveless nervier nerviest nervous
nervousness nervy nest nestle net netbook nether nethermost netiquette netted netter netting nettle
nettlesome network neural neuralgia neuralgic neuritis neurological neurologist neurology neuron
neuroses neurosis neurosurgery neurotic neurotically neurotransmitter neuter neutral neutrality
neutralization neutralize neutralizer neutrino neutron never nevermore nevertheless new newbie
newborn newcomer newel newer newest newfangled newline newlywed newness newsagents newsboy newscast
newscaster newsflash newsgroup newsier newsiest newsletter newsman newsmen newspaper newspaperman
newspapermen newspaperwoman newspaperwomen newsprint newsreel newsstand newsworthy newsy newt
newton next nexus niacin nib nibble nibbler nice niceness nicer nicest nicety niche nick nickel
nickelodeon nickle nicknack nickname nicotine niece niftier niftiest nifty nigga niggard
niggardliness niggaz nigger niggle nigh nigher nighest night nightcap nightclothes nightclub
nightclubbed nightclubbing nightfall nightgown nighthawk nightie nightingale nightlife nightmare
nightmarish nightshade nightshirt nightstick nighttime nighty nihilism nihilist nihilistic nil
nimbi nimble nimbleness nimbler nimblest nimbly nimbus nincompoop nine ninepin nineteen nineteenth
ninetieth ninety ninja ninny ninth nip nipped nipper nippier nippiest nipping nipple nippy nirvana
nit nite niter nitpick nitpicker nitrate nitrogen nitrogenous nitroglycerin nitroglycerine nitwit
nix no nobility noble nobleman noblemen nobleness nobler noblest noblewoman noblewomen nobly nobody
nocturnal nocturne nod nodal nodded nodding noddy node nodular nodule noel noes noggin noise
noiseless noiselessness noisemaker noisier noisiest noisily noisiness noisome noisy nomad nomadic
nomenclature nominal nominate nomination nominative nominee non nonabrasive nonabsorbent
nonagenarian nonalcoholic nonaligned nonbeliever nonbreakable nonce nonchalance nonchalant noncom
noncombatant noncommercial noncommittal noncompetitive noncompliance nonconductor nonconformist
nonconformity noncontagious noncooperation nondairy nondeductible nondenominational nondescript
nondrinker none nonempty nonentity nonessential nonesuch nonetheless nonevent nonexempt
nonexistence nonexistent nonfat nonfatal nonfiction nonflammable nongovernmental nonhazardous
nonhuman nonindustrial noninterference nonintervention nonjudgmental nonlinear nonliving
nonmalignant nonmember nonnegotiable nonobjective nonpareil nonpartisan nonpayment nonphysical
nonplus nonplussed nonplusses nonplussing nonpoisonous nonpolitical nonpolluting nonprescription
nonproductive nonprofessional nonprofit nonproliferation nonrefillable nonrefundable nonrenewable
nonrepresentational nonresident nonrestrictive nonreturnable nonrigid nonscheduled nonseasonal
nonsectarian nonsense nonsensical nonsexist nonskid nonsmoker nonsmoking nonstandard nonstick
nonstop nonsupport nontaxable nontechnical nontoxic nontransferable nontrivial nonunion nonuser
nonverbal nonviolence nonviolent nonvoting nonwhite nonzero noodle nook noon noonday noontime noose
nope nor norm normal normalcy normality normalization normalize normative north northbound
northeast northeaster northeastern northeastward northerly northern northerner northernmost
northward northwest northwesterly northwestern northwestward nos nose nosebleed nosedive nosedove
nosegay nosey nosh nosier nosiest nosiness nostalgia nostalgic nostalgically nostril nostrum nosy
not notable notably notarize notary notation notch note notebook notepad notepaper noteworthy
nothing nothingness notice noticeable noticeably noticeboard notification notify notion notional
notoriety notorious notwithstanding notwork nougat nought noun nourish nourishment nous nova novae
novel novelette novelist novella novelle novelty novice novitiate now nowadays noway nowhere nowise
noxious nozzle nth nu nuance nub nubile nuclear nuclei nucleic nucleus nude nuder nudest nudge
nudism nudist nudity nugget nuisance nuke null nullification nullify nullity numb number numberless
numbest numbness numbskull numeracy numeral numerate numeration numerator numeric numerical
numerology numerous numismatic numismatist numskull nun nuncio nunnery nuptial nurse nursemaid
nursery nurseryman nurserymen nurture nut nutcracker nuthatch nutmeat nutmeg nutria nutrient
nutriment nutrition nutritional nutritionist nutritious nutritive nutshell nutted nuttier nuttiest
nuttiness nutting nutty nuzzle nybble nylon nymph nymphomania nymphomaniac oaf oafish oak oaken
oakum oar oarlock oarsman oarsmen oases oasis oat oaten oath oatmeal obduracy obdurate obedience
obedient obeisance obeisant obelisk obese obesity obey obfuscate obfuscation obit obituary obj
object objection objectionable objectionably objective objectiveness objectivity objector oblate
oblation obligate obligation obligatory oblige oblique obliqueness obliterate obliteration oblivion
oblivious obliviousness oblong obloquy obnoxious oboe oboist obscene obscener obscenest obscenity
obscure obscurer obscurest obscurity obsequious obsequiousness obsequy observable observably
observance observant observation observational observatory observe observer obsess obsession
obsessive obsidian obsolescence obsolescent obsolete obstacle obstetric obstetrical obstetrician
obstinacy obstinate obstreperous obstruct obstruction obstructionist obstructive obstructiveness
obtain obtainable obtrude obtrusive obtrusiveness obtuse obtuseness obtuser obtusest obverse
obviate obvious obviousness ocarina occasion occasional occidental occlude occlusion occlusive
occult occupancy occupant occupation occupational occupy occur occurred occurrence occurring ocean
oceangoing oceanic oceanographer oceanographic oceanography ocelot ocher ochre octagon octagonal
octal octane octave octet octette octogenarian octopi octopus ocular oculist odd oddball odder
oddest oddity oddness ode odious odium odometer odor odoriferous odorless odorous odyssey of off
offal offbeat offend offender offense offensive offensiveness offer offertory offhand offhandedly
office officeholder officer official officialdom officiate officious officiousness offline offload
offset offsetting offshoot offshore offside offspring offstage oft often oftener oftenest
oftentimes ogle ogre oh ohm oho ohs oil oilcloth oilfield oilier oiliest oiliness oilskin oily oink
ointment okay okra old olden older oldest oldie oleaginous oleander oleo oleomargarine olfactory
oligarch oligarchic oligarchy olive ombudsman ombudsmen omega omelet omelette omen ominous omission
omit omitted omitting omnibus omnibusses omnipotence omnipotent omnipresence omnipresent
omniscience omniscient omnivore omnivorous on once oncology oncoming one oneness onerous oneself
onetime ongoing onion onionskin online onlooker only onomatopoeia onomatopoeic onrush onset onshore
onslaught onto onus onward onyx oodles oops ooze op opacity opal opalescence opalescent opaque
opaqueness opaquer opaquest open opener openest openhanded openness openwork opera operable operand
operate operatic operation operational operative operator operetta ophthalmic ophthalmologist
ophthalmology opiate opine opinion opinionated opioid opium opossum opponent opportune opportunism
opportunist opportunistic opportunity oppose opposite opposition oppress oppression oppressive
oppressor opprobrious opprobrium ops opt optic optical optician optima optimal optimism optimist
optimistic optimistically optimization optimize optimizer optimum option optional optometrist
optometry opulence opulent opus or oracle oracular oral orange orangeade orangutan orangutang orate
oration orator oratorical oratorio oratory orb orbit orbital orc orchard orchestra orchestral
orchestrate orchestration orchid ordain ordeal order orderliness ordinal ordinance ordinarily
ordinariness ordinary ordination ordnance ordure ore oregano organ organdie organdy organelle
organic organically organism organist organization organizational organize organizer orgasm
orgasmic orgiastic orgy orient oriental orientate orientation orifice origami origin original
originality originate origination originator oriole ormolu ornament ornamental ornamentation ornate
ornateness ornerier orneriest ornery ornithologist ornithology orotund orphan orphanage orthodontia
orthodontic orthodontist orthodox orthodoxy orthogonal orthogonality orthographic orthography
orthopaedic orthopaedist orthopedic orthopedist oscillate oscillation oscillator oscilloscope osier
osmosis osmotic osprey ossification ossify ostensible ostensibly ostentation ostentatious osteopath
osteopathy osteoporosis ostracism ostracize ostrich other otherwise otherworldly otiose otter
ottoman ouch ought ounce our ourselves oust ouster out outage outback outbalance outbid outbidding
outbound outbreak outbuilding outburst outcast outclass outcome outcrop outcropped outcropping
outcry outdated outdid outdistance outdo outdoes outdone outdoor outer outermost outfield
outfielder outfit outfitted outfitter outfitting outflank outfox outgo outgoes outgrew outgrow
outgrown outgrowth outhouse outlaid outlandish outlast outlaw outlay outlet outline outlive outlook
outlying outmaneuver outmanoeuvre outmoded outnumber outpatient outperform outplacement outplay
outpost outpouring output outputted outputting outrage outrageous outran outrank outreach outrider
outrigger outright outrun outrunning outsell outset outshine outshone outside outsider outsize
outskirt outsmart outsold outsource outspoken outspokenness outspread outstanding outstation
outstay outstretch outstrip outstripped outstripping outstript outtake outvote outward outwear
outweigh outwit outwitted outwitting outwore outworn ova oval ovarian ovary ovation oven over
overabundance overabundant overachieve overachiever overact overactive overage overall
overambitious overanxious overate overawe overbalance overbear overbite overblown overboard
overbook overbore overborne overburden overcame overcast overcautious overcharge overclock overcoat
overcome overcompensate overcompensation overconfident overcook overcrowd overdid overdo overdoes
overdone overdose overdraft overdraw overdrawn overdress overdrew overdrive overdue overeager
overeat overeaten overemphasize overenthusiastic overestimate overexpose overexposure overextend
overflow overfull overgenerous overgrew overgrow overgrown overgrowth overhand overhang overhaul
overhead overhear overheard overheat overhung overindulge overindulgence overjoy overkill overlaid
overlain overland overlap overlapped overlapping overlay overlie overload overlong overlook
overlord overmuch overnight overpaid overpass overpay overplay overpopulate overpopulation
overpower overprice overprint overproduce overproduction overprotective overqualified overran
overrate overreach overreact overreaction overridden override overripe overrode overrule overrun
overrunning oversampling oversaw overseas oversee overseen overseer oversell oversensitive
oversexed overshadow overshare overshoe overshoot overshot oversight oversimplification
oversimplify oversize oversleep overslept oversold overspecialize overspend overspent overspill
overspread overstate overstatement overstay overstep overstepped overstepping overstock overstuffed
oversupply overt overtake overtaken overtax overthink overthought overthrew overthrow overthrown
overtime overtone overtook overture overturn overuse overview overweening overweight overwhelm
overwork overwrite overwritten overwrought overzealous oviduct oviparous ovoid ovulate ovulation
ovule ovum ow owe owl owlet owlish own owner ownership ox oxbow oxen oxford oxidation oxide oxidize
oxidizer oxyacetylene oxygen oxygenate oxygenation oxymora oxymoron oyster oz ozone pa pace
pacemaker pacesetter pachyderm pacific pacifically pacification pacifier pacifism pacifist pacify
pack package packer packet pact pad padded padding paddle paddock paddy padlock padre paean pagan
paganism page pageant pageantry pager paginate pagination pagoda paid pail pailful pailsful pain
painful painfuller painfullest painkiller painless painstaking paint paintbrush painter paintwork
pair pairwise paisley pajamas pal palace palatable palatal palate palatial palaver palazzi palazzo
pale paleface paleness paleontologist paleontology paler palest palette palimony palimpsest
palindrome palindromic palisade pall palladium pallbearer pallet palliate palliation palliative
pallid pallor palm palmetto palmettoes palmier palmiest palmist palmistry palmy palomino palpable
palpably palpate palpation palpitate palpitation palsy paltrier paltriest paltriness paltry pampas
pamper pamphlet pamphleteer pan panacea panache pancake panchromatic pancreas pancreatic panda
pandemic pandemonium pander panderer pane panegyric panel panelist panelled panelling pang
panhandle panhandler panic panicked panicking panicky panier panned pannier panning panoply
panorama panoramic pansy pant pantaloons pantheism pantheist pantheistic pantheon panther pantie
pantomime pantry pantsuit panty pantyhose pap papa papacy papal papaw papaya paper paperback
paperboy papergirl paperhanger paperweight paperwork papery papilla papillae papoose paprika papyri
papyrus par parable parabola parabolic parachute parachutist parade paradigm paradigmatic paradise
paradox paradoxical paraffin paragliding paragon paragraph parakeet paralegal parallax parallel
parallelism parallelled parallelling parallelogram paralyses paralysis paralytic paralyze paramecia
paramecium paramedic paramedical parameter paramilitary paramount paramour paranoia paranoid
paranormal parapet paraphernalia paraphrase paraplegia paraplegic paraprofessional parapsychology
parasailing parasite parasitic parasol paratrooper paratroops parboil parcel parcelled parcelling
parch parchment pardon pardonable pare parent parentage parental parentheses parenthesis
parenthesize parenthetic parenthetical parenthood parfait pariah parish parishioner parity park
parka parkour parkway parlance parlay parley parliament parliamentarian parliamentary parlor
parochial parochialism parody parole parolee paroxysm parquet parquetry parrakeet parred parricide
parring parrot parry parse parsec parser parsimonious parsimony parsley parsnip parson parsonage
part partake partaken partaker parterre parthenogenesis partial partiality participant participate
participation participator participatory participial participle particle particular particularity
particularization particularize particulate partisan partisanship partition partizan partner
partnership partook partridge parturition partway party parvenu pas paschal pasha passable passably
passage passageway passbook passel passenger passer passerby passersby passion passionate
passionless passive passivity passkey passport password past pasta paste pasteboard pastel pastern
pasteurization pasteurize pastiche pastie pastier pastiest pastime pastor pastoral pastorate
pastrami pastry pasturage pasture pasty pat patch patchier patchiest patchiness patchwork patchy
pate patella patellae patent paternal paternalism paternalistic paternity path pathetic
pathetically pathogen pathogenic pathological pathologist pathology pathos pathway patience patient
patienter patientest patina patinae patine patio patois patriarch patriarchal patriarchy patrician
patricide patrimonial patrimony patriot patriotic patriotically patriotism patrol patrolled
patrolling patrolman patrolmen patrolwoman patrolwomen patron patronage patronize patronymic patsy
patted patter pattern patting patty paucity paunch paunchier paunchiest paunchy pauper pauperism
pauperize pause pave pavement pavilion paw pawl pawn pawnbroker pawnshop pawpaw pay payable
paycheck payday payee payer payload paymaster payment payoff payroll paywall payware pct pd pea
peace peaceable peaceably peaceful peacefulness peacekeeping peacemaker peacetime peach peacock
peafowl peahen peak peal peanut pear pearl pearlier pearliest peasant peasantry pease peat pebble
pebbly pecan peccadillo peccadilloes peccary peck pecs pectin pectoral peculiar peculiarity
pecuniary pedagog pedagogic pedagogical pedagogue pedagogy pedal pedalled pedalling pedant pedantic
pedantically pedantry peddle peddler pederast pederasty pedestal pedestrian pedestrianize pediatric
pediatrician pediatrist pedicure pedigree pediment pedlar pedometer pee peek peekaboo peel peep
peeper peephole peer peerage peerless peeve peevish peevishness peewee peg pegged pegging
pejorative pekoe pelagic pelican pellagra pellet pellucid pelt pelves pelvic pelvis pen penal
penalize penalty penance pence penchant pencil pencilled pencilling pend pendant pendent pendulous
pendulum penes penetrable penetrate penetration penetrative penguin penicillin penile peninsula
peninsular penis penitence penitent penitential penitentiary penknife penknives penlight penlite
penmanship pennant penned penniless penning pennon penny pennyweight penologist penology pension
pensioner pensive pensiveness pent pentagon pentagonal pentameter pentathlon penthouse penultimate
penurious penury peon peonage peony people pep pepped pepper peppercorn peppermint pepperoni
peppery peppier peppiest pepping peppy pepsin peptic per perambulate perambulator percale
perceivable perceive percent percentage percentile perceptible perceptibly perception perceptive
perceptiveness perceptual perch perchance percolate percolation percolator percussion percussionist
perdition peregrination peremptorily peremptory perennial perfect perfecter perfectest perfectible
perfection perfectionism perfectionist perfidious perfidy perforate perforation perforce perform
performance performer perfume perfumery perfunctorily perfunctory perhaps pericardia pericardium
perigee perihelia perihelion peril perilled perilling perilous perimeter period periodic periodical
periodicity periodontal peripatetic peripheral periphery periphrases periphrasis periscope perish
perishable peritonea peritoneum peritonitis periwig periwinkle perjure perjurer perjury perk
perkier perkiest perkiness perky perm permafrost permanence permanent permeability permeable
permeate permissible permissibly permission permissive permissiveness permit permitted permitting
permutation permute pernicious peroration peroxide perpendicular perpetrate perpetration
perpetrator perpetual perpetuate perpetuation perpetuity perplex perplexity perquisite persecute
persecution persecutor perseverance persevere persiflage persimmon persist persistence persistent
persnickety person persona personable personae personage personal personality personalize
personification personify personnel perspective perspicacious perspicacity perspicuity perspicuous
perspiration perspire persuade persuasion persuasive persuasiveness pert pertain perter pertest
pertinacious pertinacity pertinence pertinent pertness perturb perturbation perusal peruse pervade
pervasive perverse perverseness perversion perversity pervert peseta peskier peskiest pesky peso
pessimal pessimism pessimist pessimistic pessimistically pest pester pesticide pestilence pestilent
pestle pet petal petard peter petiole petite petition petitioner petrel petrifaction petrify
petrochemical petrol petrolatum petroleum petted petticoat pettier pettiest pettifog pettifogged
pettifogger pettifogging pettily pettiness petting petty petulance petulant petunia pew pewee
pewter peyote pg phage phalanges phalanx phalli phallic phallus phantasm phantasmagoria phantasy
phantom pharaoh pharmaceutical pharmacist pharmacologist pharmacology pharmacopeia pharmacopoeia
pharmacy pharyngeal pharynges pharynx phase pheasant phenobarbital phenomena phenomenal phenomenon
phenotype pheromone phial philander philanderer philanthropic philanthropically philanthropist
philanthropy philatelic philatelist philately philharmonic philippic philistine philodendra
philodendron philological philologist philology philosopher philosophic philosophical philosophize
philosophy philter phish phisher phlebitis phlegm phlegmatic phlegmatically phloem phlox phobia
phobic phoebe phoenix phone phoneme phonemic phonetic phonetically phonetician phoney phonic
phonically phonier phoniest phoniness phonograph phonological phonologist phonology phony phooey
phosphate phosphor phosphorescence phosphorescent phosphoric phosphorus photo photocopier photocopy
photoelectric photogenic photograph photographer photographic photographically photography
photojournalism photojournalist photon photosensitive photosynthesis phototypesetter
phototypesetting phrasal phrase phraseology phreaking phrenology phyla phylum physic physical
physician physicist physicked physicking physiognomy physiological physiologist physiology
physiotherapist physiotherapy physique pi pianissimi pianissimo pianist piano pianoforte piazza
piazze pica picante picaresque picayune piccalilli piccolo pick pickaback pickax pickaxe picker
pickerel picket pickier pickiest pickle pickpocket pickup picky picnic picnicked picnicker
picnicking pictograph pictorial picture picturesque piddle pidgin pie piebald piece piecemeal
piecework pier pierce piety piffle pig pigeon pigeonhole pigged piggier piggiest pigging piggish
piggishness piggy piggyback pigheaded piglet pigment pigmentation pigmy pigpen pigskin pigsty
pigtail pike piker pilaf pilaff pilaster pilau pilaw pilchard pile pileup pilfer pilferer pilgrim
pilgrimage pill pillage pillar pillbox pillion pillory pillow pillowcase pilot pilothouse pimento
pimiento pimp pimpernel pimple pimplier pimpliest pin pinafore pinball pincer pinch pincushion pine
pineapple pinfeather ping pinhead pinhole pinion pink pinker pinkest pinkeye pinkie pinkish pinky
pinnacle pinnate pinned pinning pinochle pinpoint pinprick pinstripe pint pinto pintoes pinup
pinwheel pioneer pious pip pipe pipeline piper pipit pipped pippin pipping pipsqueak piquancy
piquant pique piracy piranha pirate piratical pirouette pis piscatorial pistachio pistil pistillate
pistol piston pit pita pitch pitchblende pitcher pitchfork pitchman pitchmen piteous pitfall pith
pithier pithiest pithily pithy pitiable pitiably pitiful pitiless piton pittance pitted pitting
pituitary pity pivot pivotal pixel pixie pixy pizazz pizza pizzazz pizzeria pizzicati pizzicato pkg
pl placard placate placation place placebo placeholder placement placenta placentae placental
placer placid placidity placket plagiarism plagiarist plagiarize plague plaice plaid plain
plainclothes plainclothesman plainclothesmen plainer plainest plainness plaint plaintiff plaintive
plait plan planar plane planet planetaria planetarium planetary plangent plank plankton planned
planner planning plant plantain plantation planter plaque plasma plaster plasterboard plasterer
plastic plasticity plastique plate plateau plateaux plateful platelet platen platform platinum
platitude platitudinous platonic platoon platter platypi platypus plaudit plausibility plausible
plausibly play playable playact playback playbill playboy player playful playfulness playgoer
playground playhouse playlist playmate playoff playpen playroom plaything playwright plaza plea
plead pleader pleasant pleasanter pleasantest pleasantness pleasantry please pleasurable
pleasurably pleasure pleat plebeian plebiscite plectra plectrum pled pledge plenary plenipotentiary
plenitude plenteous plentiful plenty plethora pleurisy plexus pliability pliable pliancy pliant
pliers plight plinth plod plodded plodder plodding plonk plop plopped plopping plot plotted plotter
plotting plough ploughshare plover plow plowman plowmen plowshare ploy pluck pluckier pluckiest
pluckiness plucky plug plugged plugging plugin plum plumage plumb plumber plume plummet plump
plumper plumpest plumpness plunder plunderer plunge plunger plunk pluperfect plural pluralism
pluralistic plurality pluralize plus plush plusher plushest plushier plushiest plushy plusses
plutocracy plutocrat plutocratic plutonium ply plywood pneumatic pneumatically pneumonia poach
poacher pock pocket pocketbook pocketful pocketknife pocketknives pockmark pod podcast podded
podding podia podiatrist podiatry podium poem poesy poet poetess poetic poetical poetry pogrom poi
poignancy poignant poinsettia point pointer pointier pointiest pointillism pointillist pointless
pointlessness pointy poise poison poisoner poisonous poke poker pokey pokier pokiest poky pol polar
polarity polarization polarize pole polecat polemic polemical polestar police policeman policemen
policewoman policewomen policy policyholder polio poliomyelitis polish polisher polite politeness
politer politesse politest politic political politician politicize politico politicoes polity polka
poll pollen pollinate pollination polliwog pollster pollutant pollute polluter pollution pollywog
polo polonaise polonium poltergeist poltroon polyamory polyester polyethylene polygamist polygamous
polygamy polyglot polygon polygonal polygraph polyhedra polyhedron polymath polymer polymeric
polymerization polymorphic polynomial polyp polyphonic polyphony polystyrene polysyllabic
polysyllable polytechnic polytheism polytheist polytheistic polythene polyunsaturated pomade
pomegranate pommel pommelled pommelling pomp pompadour pompom pompon pomposity pompous pompousness
poncho pond ponder ponderous pone poniard pontiff pontifical pontificate pontoon pony ponytail
pooch poodle pooh pool poop poor poorer poorest poorhouse pop popcorn pope popgun popinjay poplar
poplin popover poppa popped popping poppy poppycock populace popular popularity popularization
popularize populate population populism populist populous porcelain porch porcine porcupine pore
pork porn porno pornographer pornographic pornography porosity porous porphyry porpoise porridge
porringer port portability portable portage portal portcullis portend portent portentous porter
porterhouse portfolio porthole portico porticoes portion portlier portliest portliness portmanteau
portmanteaux portrait portraitist portraiture portray portrayal pose poser poseur posh posher
poshest posit position positional positive positivism positron poss posse possession possessive
possessiveness possessor possibility possible possibly possum post postage postal postbox postcard
postcode postdate postdoc postdoctoral poster posterior posterity postgraduate posthaste posthumous
postlude postman postmark postmaster postmen postmistress postmodern postmortem postnatal
postoperative postpaid postpartum postpone postponement postscript postulate posture postwar posy
pot potable potash potassium potato potatoes potbelly potboiler potency potent potentate potential
potentiality potful potholder pothole pothook potion potluck potpie potpourri potsherd potshot
pottage potted potter pottery pottier pottiest potting potty pouch poultice poultry pounce pound
pour pout poverty powder powdery power powerboat powerful powerhouse powerless powerlessness powwow
pox pp practicability practicable practicably practical practicality practice practise practitioner
pragmatic pragmatically pragmatism pragmatist prairie praise praiseworthiness praiseworthy praline
pram prance prancer prank prankster prate pratfall prattle prawn pray prayer preach preacher
preachier preachiest preachy preamble prearrange prearrangement precarious precaution precautionary
precede precedence precedent precept preceptor precinct preciosity precious preciousness precipice
precipitant precipitate precipitation precipitous precise preciseness preciser precisest precision
preclude preclusion precocious precociousness precocity precognition preconceive preconception
precondition precursor predate predator predatory predecease predecessor predefined predestination
predestine predetermination predetermine predicament predicate predication predicative predict
predictability predictable predictably prediction predictive predictor predilection predispose
predisposition predominance predominant predominate preeminence preeminent preempt preemption
preemptive preen preexist prefab prefabbed prefabbing prefabricate prefabrication preface prefatory
prefect prefecture prefer preferable preferably preference preferential preferment preferred
preferring prefigure prefix pregnancy pregnant preheat prehensile prehistoric prehistory prejudge
prejudgment prejudice prejudicial prelate preliminary prelude premarital premature premeditate
premeditation premenstrual premier premiere premise premiss premium premonition premonitory
prenatal prenup preoccupation preoccupy preordain prep prepackage prepaid preparation preparatory
prepare preparedness prepay prepayment preponderance preponderant preponderate preposition
prepositional prepossess preposterous prepped preppie preppier preppiest prepping preppy prequel
prerecord preregister preregistration prerequisite prerogative pres presage preschool preschooler
prescience prescient prescribe prescription prescriptive presence present presentable presentation
presenter presentiment preservation preservative preserve preserver preset presetting preshrank
preshrink preshrunk preshrunken preside presidency president presidential pressman pressmen
pressure pressurization pressurize prestige prestigious presto presumable presumably presume
presumption presumptive presumptuous presumptuousness presuppose presupposition preteen pretence
pretend pretender pretense pretension pretentious pretentiousness preterit preterite preternatural
pretext prettier prettiest prettify prettily prettiness pretty pretzel prevail prevalence prevalent
prevaricate prevarication prevaricator prevent preventable preventative preventible prevention
preventive preview previewer previous prevue prewar prey price priceless pricey pricier priciest
prick prickle pricklier prickliest pricy pride priest priestess priesthood priestlier priestliest
prig priggish prim primacy primaeval primal primarily primary primate prime primer primeval
primitive primmer primmest primness primogeniture primordial primp primrose prince princelier
princeliest principal principality principle print printable printer printout prior prioress
prioritize priority priory prism prismatic prison prisoner prissier prissiest prissiness prissy
pristine prithee privacy private privateer privater privatest privation privatization privatize
privet privier priviest privilege privy prize prizefight prizefighter pro proactive probabilistic
probability probable probably probate probation probationary probationer probe probity problem
problematic problematical proboscides proboscis procedural procedure proceed process procession
processional processor proclaim proclamation proclivity procrastinate procrastination
procrastinator procreate procreation procreative proctor procurator procure procurement procurer
prod prodded prodding prodigal prodigality prodigious prodigy produce producer product production
productive productiveness productivity prof profanation profane profanity profess profession
professional professionalism professor professorial professorship proffer proficiency proficient
profile profit profitability profitable profitably profiteer profligacy profligate proforma
profound profounder profoundest profundity profuse profusion progenitor progeny progesterone
prognoses prognosis prognostic prognosticate prognostication prognosticator program programer
programmable programme programmer progress progression progressive prohibit prohibition
prohibitionist prohibitive prohibitory project projectile projection projectionist projector
proletarian proletariat proliferate proliferation prolific prolifically prolix prolixity prolog
prologue prolong prolongation prom promenade prominence prominent promiscuity promiscuous promise
promissory promo promontory promote promoter promotion promotional prompt prompter promptest
promptness promulgate promulgation pron prone proneness prong pronghorn pronoun pronounce
pronounceable pronouncement pronto pronunciation proof proofread proofreader prop propaganda
propagandist propagandize propagate propagation propane propel propellant propelled propellent
propeller propelling propensity proper properer properest property prophecy prophesy prophet
prophetess prophetic prophetically prophylactic prophylaxis propinquity propitiate propitiation
propitiatory propitious proponent proportion proportional proportionality proportionate proposal
propose proposer proposition propositional propound propped propping proprietary proprietor
proprietorship proprietress propriety propulsion propulsive prorate prosaic prosaically proscenia
proscenium proscribe proscription prose prosecute prosecution prosecutor proselyte proselytize
prosier prosiest prosody prospect prospective prospector prospectus prosper prosperity prosperous
prostate prostheses prosthesis prosthetic prostitute prostitution prostrate prostration prosy
protagonist protean protect protection protective protectiveness protector protectorate protein
protest protestant protestation protester protestor protocol proton protoplasm protoplasmic
prototype protozoa protozoan protozoon protract protraction protractor protrude protrusion
protuberance protuberant proud prouder proudest provable provably prove proven provenance provender
proverb proverbial provide providence provident providential provider province provincial
provincialism provision provisional proviso provisoes provocation provocative provoke provost prow
prowess prowl prowler proximity proxy prude prudence prudent prudential prudery prudish prune
prurience prurient pry psalm psalmist pseudo pseudonym pshaw psoriasis psst psych psyche
psychedelic psychiatric psychiatrist psychiatry psychic psychical psycho psychoanalysis
psychoanalyst psychoanalyze psychobabble psychogenic psychokinesis psychological psychologist
psychology psychopath psychopathic psychosis psychosomatic psychotherapist psychotherapy psychotic
pt ptarmigan pterodactyl ptomaine pub puberty pubescence pubescent pubic public publican
publication publicist publicity publicize publish publishable publisher puck pucker puckish pudding
puddle pudgier pudgiest pudgy pueblo puerile puerility puff puffball puffer puffier puffiest puffin
puffiness puffy pug pugilism pugilist pugilistic pugnacious pugnacity puke pulchritude pull
pullback puller pullet pulley pullout pullover pulmonary pulp pulpier pulpiest pulpit pulpy pulsar
pulsate pulsation pulse pulverization pulverize puma pumice pummel pummelled pummelling pump pumper
pumpernickel pumpkin pun punch punchier punchiest punchline punchy punctilious punctual punctuality
punctuate punctuation puncture pundit pungency pungent punier puniest punish punishable punishment
punitive punk punker punkest punned punning punster punt punter puny pup pupa pupae pupal pupil
pupped puppet puppeteer puppetry pupping puppy purblind purchasable purchase purchaser pure
purebred puree pureness purer purest purgative purgatorial purgatory purge purification purifier
purify purism purist puritan puritanical puritanism purity purl purloin purple purpler purplest
purplish purport purpose purposeful purposeless purr purse purser pursuance pursuant pursue pursuer
pursuit purulence purulent purvey purveyor purview pus push pushcart pusher pushier pushiest
pushiness pushover pushup pushy pusillanimity pusillanimous pussier pussiest pussy pussycat
pussyfoot pustule put putative putrefaction putrefy putrescence putrescent putrid putsch putt
putter putty puzzle puzzlement puzzler pwn pygmy pylon pyorrhea pyramid pyramidal pyre pyrite
pyromania pyromaniac pyrotechnic python pyx qt qua quack quackery quad quadrangle quadrangular
quadrant quadraphonic quadratic quadrature quadrennial quadriceps quadrilateral quadrille
quadriphonic quadriplegia quadriplegic quadruped quadruple quadruplet quadruplicate quaff quagmire
quahaug quahog quail quaint quainter quaintest quaintness quake qualification qualifier qualify
qualitative quality qualm quandary quanta quantifier quantify quantitative quantity quantum
quarantine quark quarrel quarrelled quarrelling quarrelsome quarry quart quarter quarterback
quarterdeck quarterfinal quartermaster quartet quartette quarto quartz quasar quash quasi quatrain
quaver quavery quay queasier queasiest queasily queasiness queasy queen queenlier queenliest queer
queerer queerest queerness quell quench querulous query ques quesadilla quest question questionable
questionably questioner questionnaire queue quibble quibbler quiche quick quicken quicker quickest
quickie quicklime quickness quicksand quicksilver quid quiescence quiescent quiet quieter quietest
quietness quietude quietus quill quilt quilter quince quine quinine quintessence quintessential
quintet quintuple quintuplet quip quipped quipping quire quirk quirkier quirkiest quirky quisling
quit quite quitted quitter quitting quiver quixotic quiz quizzed quizzes quizzical quizzing quoit
quondam quorum quota quotable quotation quote quoth quotidian quotient rabbi rabbinate rabbinical
rabbit rabble rabid rabies raccoon race racecourse racehorse raceme racer racetrack raceway racial
racier raciest racily raciness racism racist rack racket racketeer raconteur racoon racquet
racquetball racy radar radial radiance radiant radiate radiation radiator radical radicalism radii
radio radioactive radioactivity radiogram radioisotope radiologist radiology radiotelephone
radiotherapist radiotherapy radish radium radius radon raffia raffish raffle raft rafter rag raga
ragamuffin rage ragged raggeder raggedest raggedier raggediest raggedness raggedy ragging raglan
ragout ragtag ragtime ragweed raid raider rail raillery railroad railway raiment rain rainbow
raincoat raindrop rainfall rainforest rainier rainiest rainmaker rainstorm rainwater rainy raise
raisin raja rajah rake rakish rakishness rally ram ramble rambler rambunctious rambunctiousness
ramification ramify rammed ramming ramp rampage rampant rampart ramrod ramrodded ramrodding
ramshackle ran ranch rancher rancid rancidity rancor rancorous randier randiest random randomize
randomness randy rang range ranger rangier rangiest ranginess rangy rank ranker rankest rankle
rankness ransack ransom rant ranter rap rapacious rapaciousness rapacity rape rapid rapider
rapidest rapidity rapier rapine rapist rapped rapper rapping rapport rapprochement rapscallion rapt
rapture rapturous rare rarefy rareness rarer rarest rarity rascal rash rasher rashest rashness rasp
raspberry raspier raspiest raspy raster rat ratchet rate rather rathskeller ratification ratify
ratio ration rational rationale rationalism rationalist rationalistic rationality rationalization
rationalize rattan ratted rattier rattiest ratting rattle rattler rattlesnake rattletrap rattrap
ratty raucous raucousness raunchier raunchiest raunchiness raunchy ravage rave ravel ravelled
ravelling raven ravenous ravine ravioli ravish ravishment raw rawboned rawer rawest rawhide rawness
ray rayon raze razor razz re reach reachable react reaction reactionary reactivate reactivation
reactive reactor read readability readable reader readership readier readiest readily readiness
readjust readjustment readmit readmitted readmitting readout ready reaffirm reagent real realer
reales realest realign realism realist realistic realistically reality realizable realization
realize reallocate reallocation realm realtor realty ream reamer reanimate reap reaper reappear
reappearance reapply reappoint reappointment reapportion reapportionment reappraisal reappraise
rear rearm rearmament rearmost rearrange rearrangement rearward reason reasonable reasonableness
reasonably reassemble reassert reassess reassessment reassign reassurance reassure reawaken rebate
rebel rebelled rebelling rebellion rebellious rebelliousness rebind rebirth reborn rebound
rebroadcast rebuff rebuild rebuilt rebuke rebus rebut rebuttal rebutted rebutting recalcitrance
recalcitrant recall recant recantation recap recapitulate recapitulation recapped recapping
recapture recast recd recede receipt receivable receive receiver receivership recent recenter
recentest receptacle reception receptionist receptive receptiveness receptivity receptor recess
recession recessional recessive recharge rechargeable recheck recidivism recidivist recipe
recipient reciprocal reciprocate reciprocation reciprocity recital recitation recitative recite
reckless recklessness reckon reclaim reclamation reclassify recline recliner recluse reclusive
recognition recognizable recognizably recognizance recognize recognizer recoil recollect
recollection recombination recombine recommence recommend recommendation recompense recompilation
recompile reconcilable reconcile reconciliation recondite recondition reconfiguration reconfigure
reconnaissance reconnect reconnoiter reconquer reconsider reconsideration reconstitute reconstruct
reconstruction reconvene recopy record recorder recount recoup recourse recover recoverable
recovery recreant recreate recreation recreational recriminate recrimination recrudescence recruit
recruiter recruitment recta rectal rectangle rectangular rectifiable rectification rectifier
rectify rectilinear rectitude rector rectory rectum recumbent recuperate recuperation recuperative
recur recurred recurrence recurrent recurring recursion recursive recyclable recycle red redbreast
redcap redcoat redden redder reddest reddish redecorate rededicate redeem redeemable redeemer
redefine redefinition redemption redeploy redeployment redesign redevelop redevelopment redhead
redid redirect redirection rediscover rediscovery redistribute redistribution redistributor
redistrict redneck redness redo redoes redolence redolent redone redouble redoubt redoubtable
redound redraft redraw redrawn redress redrew redskin reduce reduction redundancy redundant redwood
reed reedier reediest reeducate reeducation reedy reef reefer reek reel reelect reelection reemerge
reemphasize reenact reenactment reenforce reenlist reenter reentry reestablish reevaluate reeve
reexamine ref refashion refectory refer referee reference referenda referendum referent referential
referral referred referring reffed reffing refile refill refillable refinance refine refinement
refiner refinery refinish refit refitted refitting reflect reflection reflective reflector reflex
reflexive refocus refocussed refocusses refocussing reforest reforestation reform reformat
reformation reformatory reformatted reformatting reformer reformulate refract refraction refractory
refrain refresh refresher refreshment refrigerant refrigerate refrigeration refrigerator refuel
refuelled refuelling refuge refugee refulgence refulgent refund refundable refurbish refurbishment
refurnish refusal refuse refutation refute regain regal regale regalia regard regardless regatta
regency regenerate regeneration regenerative regent regexp reggae regicide regime regimen regiment
regimental regimentation region regional regionalism register registrant registrar registration
registry regress regression regressive regret regretful regrettable regrettably regretted
regretting regroup regular regularity regularize regulate regulation regulator regulatory
regurgitate regurgitation rehab rehabbed rehabbing rehabilitate rehabilitation rehash rehearsal
rehearse reheat rehi rehire reign reimburse reimbursement reimpose rein reincarnate reincarnation
reindeer reinforce reinforcement reinitialize reinsert reinstall reinstate reinstatement
reinterpret reinterpretation reinvent reinvest reis reissue reiterate reiteration reject rejection
rejoice rejoin rejoinder rejuvenate rejuvenation rekindle relabel relabelled relabelling relaid
relapse relate relation relational relationship relative relativistic relativity relax relaxant
relaxation relay relearn releasable release relegate relegation relent relentless relentlessness
relevance relevancy relevant reliability reliable reliably reliance reliant relic relief relieve
religion religious relinquish relinquishment relish relive reload relocatable relocate relocation
reluctance reluctant rely remade remain remainder remake remand remark remarkable remarkably
remarriage remarry rematch remediable remedial remedy remember remembrance remind reminder
reminisce reminiscence reminiscent remiss remission remissness remit remittance remitted remitting
remnant remodel remodelled remodelling remonstrance remonstrate remorse remorseful remorseless
remortgage remote remoteness remoter remotest remount removable removal remove remover remunerate
remuneration remunerative renaissance renal rename renascence renascent rend render rendezvous
rendition renegade renege renegotiate renew renewable renewal rennet renounce renovate renovation
renovator renown rent rental renter renumber renunciation reoccupy reoccur reoccurred reoccurring
reopen reorder reorg reorganization reorganize rep repackage repaid repaint repair repairable
repairman repairmen reparation repartee repast repatriate repatriation repay repayable repayment
repeal repeat repeatable repeatably repeater repel repellant repelled repellent repelling repent
repentance repentant repercussion repertoire repertory repetition repetitious repetitive rephrase
replace replaceable replacement replay replenish replenishment replete repletion replica replicate
replication replicator report reportage reporter repose reposeful repository repossess repossession
reprehend reprehensible reprehensibly represent representation representational representative
repress repression repressive reprieve reprimand reprint reprisal reprise reproach reproachful
reprobate reprocess reproduce reproducible reproduction reproductive reprogram reprogrammed
reprogramming reproof reprove reptile reptilian republic republican republicanism republish
repudiate repudiation repugnance repugnant repulse repulsion repulsive repulsiveness reputable
reputably reputation repute request requester requiem require requirement requisite requisition
requital requite reran reread reroute rerun rerunning resale reschedule rescind rescission rescue
rescuer research researcher resell resemblance resemble resend resent resentful resentment
reservation reserve reservist reservoir reset resetting resettle reshuffle reside residence
residency resident residential residual residue resign resignation resilience resiliency resilient
resin resinous resist resistance resistant resister resistor resold resolute resoluteness
resolution resolve resolver resonance resonant resonate resonator resort resound resource
resourceful resourcefulness resp respect respectability respectable respectably respectful
respective respell respelt respiration respirator respiratory respire respite resplendence
resplendent respond respondent response responsibility responsible responsibly responsive
responsiveness rest restart restate restatement restaurant restauranteur restaurateur restful
restfuller restfullest restfulness restitution restive restiveness restless restlessness restock
restoration restorative restore restorer restrain restraint restrict restriction restrictive
restroom restructure restudy resubmit resubmitted resubmitting result resultant resume resumption
resupply resurface resurgence resurgent resurrect resurrection resuscitate resuscitation
resuscitator retail retailer retain retainer retake retaken retaliate retaliation retaliatory
retard retardant retardation retch retell retention retentive retentiveness rethink rethought
reticence reticent retina retinae retinal retinue retire retiree retirement retold retook retool
retort retouch retrace retract retractable retraction retrain retread retreat retrench retrenchment
retrial retribution retributive retrievable retrieval retrieve retriever retroactive retrod
retrodden retrofit retrofitted retrofitting retrograde retrogress retrogression retrogressive
retrorocket retrospect retrospection retrospective retry return returnable returnee retweet retype
reunification reunify reunion reunite reupholster reusable reuse rev revaluation revalue revamp
reveal reveille revel revelation reveler revelled reveller revelling revelry revenge revengeful
revenue reverberate reverberation revere reverence reverend reverent reverential reverie reversal
reverse reversible reversion revert revery review reviewer revile revilement reviler revise
revision revisit revitalization revitalize revival revivalist revive revivification revivify
revocable revocation revokable revoke revolt revolution revolutionary revolutionist revolutionize
revolve revolver revue revulsion revved revving reward rewind rewindable rewire reword rework
rewound rewrite rewritten rewrote rhapsodic rhapsodize rhapsody rhea rheostat rhetoric rhetorical
rhetorician rheum rheumatic rheumatism rheumy rhinestone rhino rhinoceri rhinoceros rhizome rho
rhodium rhododendron rhombi rhomboid rhombus rhubarb rhyme rhythm rhythmic rhythmical rib ribald
ribaldry ribbed ribbing ribbon riboflavin rice rich richer richest richness rick ricketier
ricketiest rickets rickety ricksha rickshaw ricochet ricochetted ricochetting ricotta rid riddance
ridded ridden ridding riddle ride rider ridge ridgepole ridicule ridiculous ridiculousness rife
rifer rifest riff riffle riffraff rifle rifleman riflemen rift rig rigamarole rigged rigging right
righteous righteousness righter rightest rightful rightfulness rightist rightmost rightness rigid
rigidity rigidness rigmarole rigor rigorous rile rill rim rime rimmed rimming rind ring ringer
ringleader ringlet ringmaster ringside ringtone ringworm rink rinse riot rioter riotous rip ripe
ripen ripeness riper ripest ripoff riposte ripped ripper ripping ripple ripsaw rise risen riser
risible risk riskier riskiest riskiness risky rite ritual ritualism ritualistic ritzier ritziest
ritzy rival rivalled rivalling rivalry riven river riverbed riverfront riverside rivet riveter
rivetted rivetting rivulet rm roach road roadbed roadblock roadhouse roadkill roadrunner roadshow
roadside roadster roadway roadwork roadworthy roam roamer roan roar roast roaster rob robbed robber
robbery robbing robe robin robocall robot robotic robust robuster robustest robustness rock rocker
rocket rocketry rockier rockiest rockiness rocky rococo rod rode rodent rodeo roe roebuck roentgen
roger rogue roguery roguish roil roister roisterer role roll rollback roller rollerskating rollick
romaine roman romance romantic romantically romanticism romanticist romanticize romp romper rood
roof roofer rooftop rook rookery rookie room roomer roomful roomier roomiest roominess roommate
roomy roost rooster root rooter rootless rope rosary rose roseate rosebud rosebush rosemary rosette
rosewood rosier rosiest rosily rosin rosiness roster rostra rostrum rosy rot rotary rotate rotation
rotational rote rotisserie rotogravure rotor rotted rotten rottener rottenest rottenness rotting
rotund rotunda rotundity rotundness rouge rough roughage roughen rougher roughest roughhouse
roughneck roughness roughshod roulette round roundabout roundelay rounder roundest roundhouse
roundish roundness roundup roundworm rouse roustabout rout route router routine routinize rove
rover row rowboat rowdier rowdiest rowdiness rowdy rowdyism rowel rowelled rowelling rower royal
royalist royalty rpm rps rs rte rub rubbed rubber rubberize rubberneck rubbery rubbing rubbish
rubbishy rubble rubdown rube rubella rubicund rubier rubiest ruble rubric ruby rucksack ruckus
rudder ruddier ruddiest ruddiness ruddy rude rudeness ruder rudest rudiment rudimentary rue rueful
ruff ruffian ruffle rug rugby rugged ruggeder ruggedest ruggedness rugrat ruin ruination ruinous
rule ruler rum rumba rumble ruminant ruminate rumination rummage rummer rummest rummy rumor rump
rumple rumpus run runabout runaround runaway rundown rune rung runic runnel runner runnier runniest
running runny runoff runt runway rupee rupture rural ruse rush rusk russet rust rustic rustically
rusticity rustier rustiest rustiness rustle rustler rustproof rusty rut rutabaga ruthless
ruthlessness rutted rutting rye sabbatical saber sable sabotage saboteur sabre sac saccharin
saccharine sacerdotal sachem sachet sack sackcloth sackful sacrament sacramental sacred sacredness
sacrifice sacrificial sacrilege sacrilegious sacristan sacristy sacrosanct sad sadden sadder
saddest saddle saddlebag sades sadism sadist sadistic sadistically sadness safari safe safeguard
safekeeping safeness safer safest safety safflower saffron sag saga sagacious sagacity sage
sagebrush sager sagest sagged sagging sago saguaro sahib said sail sailboard sailboat sailcloth
sailfish sailor saint sainthood saintlier saintliest saintliness saith sake saki salaam salable
salacious salaciousness salad salamander salami salary sale saleable salesclerk salesgirl salesman
salesmanship salesmen salespeople salesperson saleswoman saleswomen salience salient saline
salinity saliva salivary salivate salivation sallow sallower sallowest sally salmon salmonella
salmonellae salon saloon salsa salt saltcellar salter saltest saltier saltiest saltine saltpeter
saltpetre saltshaker saltwater salty salubrious salutary salutation salute salvage salvageable
salvation salve salver salvo salvoes samba same sameness samizdat samovar sampan sample sampler
samurai sanatoria sanatorium sancta sanctification sanctify sanctimonious sanction sanctity
sanctuary sanctum sand sandal sandalwood sandbag sandbagged sandbagging sandbank sandbar sandblast
sandblaster sandbox sandcastle sander sandhog sandier sandiest sandiness sandlot sandman sandmen
sandpaper sandpiper sandstone sandstorm sandwich sandy sane saner sanest sang sangfroid sanguinary
sanguine sanitaria sanitarium sanitary sanitation sanitize sanity sank sans sanserif sap sapience
sapient sapling sapped sapphire sappier sappiest sapping sappy saprophyte sapsucker sarape sarcasm
sarcastic sarcastically sarcoma sarcomata sarcophagi sarcophagus sardine sardonic sardonically
saree sari sarong sarsaparilla sartorial sash sashay sass sassafras sassier sassiest sassy sat
satanic satanically satanism satay satchel sate sateen satellite satiate satiety satin satinwood
satiny satire satirical satirist satirize satisfaction satisfactorily satisfactory satisfy satrap
saturate saturation saturnine satyr sauce saucepan saucer saucier sauciest saucily sauciness saucy
sauerkraut sauna saunter sausage sauted savage savageness savager savagery savagest savanna
savannah savannahes savant save saver savior saviour savor savorier savoriest savory savvier
savviest savvy saw sawdust sawhorse sawmill sawn sawyer sax saxophone saxophonist say scab scabbard
scabbed scabbier scabbiest scabbing scabby scabies scabrous scad scaffold scag scagged scalar
scalawag scald scale scalene scalier scaliest scallion scallop scallywag scalp scalpel scalper
scaly scam scammed scammer scamming scamp scamper scampi scampies scan scandal scandalize
scandalmonger scandalous scanned scanner scanning scansion scant scanter scantest scantier
scantiest scantily scantiness scanty scapegoat scapula scapulae scar scarab scarce scarceness
scarcer scarcest scarcity scare scarecrow scarf scarier scariest scarify scarlet scarred scarring
scarves scary scat scathing scatological scatted scatter scatterbrain scatting scavenge scavenger
scenario scene scenery scenic scenically scent scepter schedule scheduler schema schematic
schematically scheme schemer scherzi scherzo schism schismatic schist schizoid schizophrenia
schizophrenic schlemiel schlep schlepp schlock schlocky schmaltz schmaltzier schmaltziest schmaltzy
schmalz schmalzy schmooze schmuck schnapps schnauzer scholar scholarship scholastic scholastically
school schoolbook schoolboy schoolchild schoolchildren schooldays schoolgirl schoolhouse schoolmarm
schoolmaster schoolmate schoolmistress schoolroom schoolteacher schoolwork schoolyard schooner
schrod schtick schuss schwa sciatic sciatica science scientific scientifically scientist scimitar
scintilla scintillate scintillation scion scissor sclerosis sclerotic scoff scofflaw scold
scoliosis scollop sconce scone scoop scoot scooter scope scorch scorcher score scoreboard scorecard
scoreless scorer scorn scornful scorpion scotch scoundrel scour scourge scout scoutmaster scow
scowl scrabble scragglier scraggliest scraggly scram scramble scrambler scrammed scramming scrap
scrapbook scrape scraper scrapped scrappier scrappiest scrapping scrappy scratch scratchier
scratchiest scratchiness scratchy scrawl scrawnier scrawniest scrawny scream screech screechier
screechiest screechy screen screenplay screenshot screenwriter screw screwball screwdriver screwier
screwiest screwy scribble scribbler scribe scrimmage scrimp scrimshaw scrip script scriptural
scripture scriptwriter scrod scrofula scrog scroll scrooge scrota scrotum scrounge scrounger scrub
scrubbed scrubber scrubbier scrubbiest scrubbing scrubby scruff scruffier scruffiest scruffy
scrumptious scrunch scrunchie scrunchy scruple scrupulous scrutinize scrutiny scuba scud scudded
scudding scuff scuffle scull scullery scullion sculpt sculptor sculptural sculpture scum scumbag
scummed scummier scummiest scumming scummy scupper scurf scurfy scurrilous scurry scurvier
scurviest scurvy scuttle scuttlebutt scuzzier scuzziest scuzzy scythe sea seabed seabird seaboard
seacoast seafarer seafaring seafood seagoing seal sealant sealer sealskin seam seaman seamanship
seamen seamier seamiest seamless seamstress seamy seaplane seaport sear search searcher searchlight
seascape seashell seashore seasick seasickness seaside season seasonable seasonal seat seaward
seaway seaweed seaworthy sebaceous sec secede secession secessionist seclude seclusion seclusive
second secondarily secondary secondhand secrecy secret secretarial secretariat secretary secrete
secretion secretive secretiveness sect sectarian sectarianism section sectional sectionalism sector
secular secularism secularization secularize secure securer securest security secy sedan sedate
sedater sedatest sedation sedative sedentary sedge sediment sedimentary sedimentation sedition
seditious seduce seducer seduction seductive sedulous see seedier seediest seediness seedless
seedling seedy seek seeker seem seemlier seemliest seemliness seen seep seepage seer seersucker
seesaw seethe segfault segment segmentation segregate segregation segregationist segue seismic
seismically seismograph seismographic seismologist seismology seize seizure seldom select selection
selective selectivity selectman selectmen selector selenium self selfie selfish selfishness
selfless selflessness selfsame sell seller selloff sellout seltzer selvage selvedge selves semantic
semantically semaphore semblance semen semester semi semiannual semiautomatic semicircle
semicircular semicolon semiconductor semiconscious semifinal semifinalist semimonthly seminal
seminar seminarian seminary semiotics semipermeable semiprecious semiprivate semiprofessional
semiretired semiskilled semitone semitrailer semitropical semiweekly senate senator senatorial send
sender senile senility senior seniority senna sensation sensational sensationalism sensationalist
sense senseless senselessness sensibility sensible sensibly sensitive sensitiveness sensitivity
sensitization sensitize sensor sensory sensual sensuality sensuous sensuousness sent sentence
sententious sentience sentient sentiment sentimental sentimentalism sentimentalist sentimentality
sentimentalize sentinel sentry sepal separable separate separation separatism separatist separator
sepia sepsis septa septet septette septic septicemia septuagenarian septum sepulcher sepulchral
sequel sequence sequencer sequential sequester sequestration sequin sequitur sequoia sera seraglio
serape seraph seraphic seraphim sere serenade serendipitous serendipity serene sereneness serener
serenest serenity serer serest serf serfdom serge sergeant serial serialization serialize series
serious seriousness sermon sermonize serous serpent serpentine serrated serried serum servant serve
server service serviceable serviceman servicemen servicewoman servicewomen serviette servile
servility servitude servo servomechanism sesame session set setback settable settee setter setting
settle settlement settler setup seven seventeen seventeenth seventh seventieth seventy sever
several severance severe severer severest severity sew sewage sewer sewerage sewn sex sexagenarian
sexier sexiest sexily sexiness sexism sexist sexless sexpot sextant sextet sextette sexting sexton
sexual sexuality sexy sh shabbier shabbiest shabbily shabbiness shabby shack shackle shad shade
shadier shadiest shadiness shadow shadowbox shadowier shadowiest shadowy shady shaft shag shagged
shaggier shaggiest shagginess shagging shaggy shah shaikh shake shakedown shaken shaker shakeup
shakier shakiest shakily shakiness shaky shale shall shallot shallow shallower shallowest
shallowness shalt sham shaman shamble shame shamefaced shameful shamefulness shameless shammed
shamming shammy shampoo shamrock shandy shanghai shank shantung shanty shantytown shape shapeless
shapelessness shapelier shapeliest shapeliness sharable shard share shareable sharecropper
shareholder shareware sharia shariah shark sharkskin sharp sharpen sharpener sharper sharpest
sharpness sharpshooter shat shatter shatterproof shave shaven shaver shawl shaykh she sheaf shear
shearer sheath sheathe sheave shebang shedding sheen sheep sheepdog sheepfold sheepish sheepishness
sheepskin sheer sheerer sheerest sheet sheik sheikdom sheikh sheikhdom shekel shelf shell shellac
shellacked shellacking sheller shellfish shelter shelve shenanigan shepherd shepherdess sherbert
sherbet sherd sheriff sherry shibboleth shield shift shiftier shiftiest shiftily shiftiness
shiftless shiftlessness shifty shiitake shill shillalah shillelagh shim shimmed shimmer shimmery
shimming shimmy shin shinbone shindig shine shiner shingle shinier shiniest shininess shinned
shinning shinny shiny ship shipboard shipbuilder shipbuilding shipload shipmate shipment shipped
shipper shipping shipshape shipwreck shipwright shipyard shire shirk shirker shirr shirt
shirtsleeve shirttail shirtwaist shit shittier shittiest shitting shitty shiver shivery shlemiel
shlep shlepp shlock shlocky shoal shock shocker shockproof shod shodden shoddier shoddiest shoddily
shoddiness shoddy shoe shoehorn shoelace shoemaker shoeshine shoestring shogun shone shoo shook
shoon shoot shooter shootout shop shopaholic shopkeeper shoplift shoplifter shopped shopper
shopping shoptalk shopworn shore shoreline shorn short shortage shortbread shortcake shortchange
shortcoming shortcut shorten shorter shortest shortfall shorthand shorthorn shortish shortlist
shortness shortsighted shortsightedness shortstop shortwave shot shotgun shotgunned shotgunning
should shoulder shout shove shovel shovelful shovelled shovelling show showbiz showboat showcase
showdown shower showery showgirl showier showiest showily showiness showman showmanship showmen
shown showoff showpiece showplace showroom showstopper showy shrank shrapnel shred shredded
shredder shredding shrew shrewd shrewder shrewdest shrewdness shrewish shriek shrift shrike shrill
shriller shrillest shrillness shrilly shrimp shrine shrink shrinkable shrinkage shrive shrivel
shrivelled shrivelling shriven shroud shrove shrub shrubbery shrubbier shrubbiest shrubby shrug
shrugged shrugging shrunk shrunken shtick shtik shuck shudder shuffle shuffleboard shuffler shun
shunned shunning shunt shush shut shutdown shuteye shutout shutter shutterbug shutting shuttle
shuttlecock shy shyer shyest shyness shyster sibilant sibling sibyl sic sick sickbed sicken sicker
sickest sickle sicklier sickliest sickness side sidearm sidebar sideboard sideburns sidecar
sidekick sidelight sideline sidelong sidereal sidesaddle sideshow sidesplitting sidestep
sidestepped sidestepping sidestroke sideswipe sidetrack sidewalk sidewall sideways sidewise sidle
siege sierra siesta sieve sift sifter sigh sight sightless sightread sightseeing sightseer sigma
sign signal signalize signalled signalling signatory signature signboard signer signet significance
significant signification signify signpost silage silence silencer silent silenter silentest
silhouette silica silicate siliceous silicious silicon silicone silicosis silk silken silkier
silkiest silkworm silky sill sillier silliest silliness silly silo silt silvan silver silverfish
silversmith silverware silvery sim simian similar similarity simile simmer simpatico simper simple
simpleness simpler simplest simpleton simplex simplicity simplification simplify simplistic simply
simulate simulation simulator simulcast simultaneous sin since sincere sincerer sincerest sincerity
sine sinecure sinew sinewy sinful sinfulness sing singe singer single singleton singsong singular
singularity sinister sink sinkable sinker sinkhole sinned sinner sinning sinuous sinus sinusitis
sinusoidal sip siphon sipped sipping sir sire siren sirloin sirocco sirup sis sisal sissier
sissiest sissy sister sisterhood sit sitar sitcom site sitter sitting situ situate situation six
sixpence sixteen sixteenth sixth sixtieth sixty sizable size sizeable sizer sizzle skate skateboard
skateboarder skater skedaddle skeet skein skeletal skeleton skeptic skeptical skepticism sketch
sketchier sketchiest sketchy skew skewer ski skid skidded skidding skier skiff skilful skill
skillet skillful skim skimmed skimming skimp skimpier skimpiest skimpiness skimpy skin skinflint
skinhead skinless skinned skinnier skinniest skinniness skinning skinny skintight skip skipped
skipper skipping skirmish skirt skit skitter skittish skivvy skulduggery skulk skulker skull
skullcap skullduggery skunk sky skycap skydive skydiver skydove skyjack skyjacker skylark skylight
skyline skyrocket skyscraper skyward skywriter skywriting slab slabbed slabbing slack slacken
slacker slackest slackness slag slain slake slalom slam slammed slammer slamming slander slanderer
slanderous slang slangier slangiest slangy slant slantwise slap slapdash slaphappy slapped slapping
slapstick slash slat slate slather slattern slaughter slaughterer slaughterhouse slave slaver
slavery slavish slaw slay slayer sleaze sleazier sleaziest sleazily sleaziness sleazy sled sledded
sledding sledge sledgehammer sleek sleeker sleekest sleekness sleep sleeper sleepier sleepiest
sleepily sleepiness sleepless sleeplessness sleepwalk sleepwalker sleepwear sleepy sleepyhead sleet
sleety sleeve sleeveless sleigh slender slenderer slenderest slenderize slenderness slept sleuth
slew slice slicer slick slicker slickest slickness slid slide slider slideshow slier sliest slight
slighter slightest slightness slily slim slime slimier slimiest slimmed slimmer slimmest slimming
slimness slimy sling slingshot slink slinkier slinkiest slinky slip slipcover slipknot slippage
slipped slipper slipperier slipperiest slipperiness slippery slipping slipshod slit slither
slithery slitter slitting sliver slob slobber sloe slog slogan slogged slogging sloop slop slope
slopped sloppier sloppiest sloppily sloppiness slopping sloppy slosh slot sloth slothful
slothfulness slotted slotting slouch slouchier slouchiest slouchy slough sloven slovenlier
slovenliest slovenliness slow slowdown slower slowest slowness slowpoke sludge slue slug sluggard
slugged slugger slugging sluggish sluggishness sluice slum slumber slumberous slumbrous slumdog
slumlord slummed slummer slumming slump slung slunk slur slurp slurred slurring slush slushier
slushiest slushy slut sluttish sly slyer slyest slyness smack smacker small smaller smallest
smallish smallness smallpox smarmier smarmiest smarmy smart smarten smarter smartest smartness
smartphone smartwatch smash smattering smear smell smellier smelliest smelly smelt smelter smidge
smidgen smidgeon smidgin smile smiley smirch smirk smit smite smith smithereens smithy smitten
smock smog smoggier smoggiest smoggy smoke smokehouse smokeless smoker smokestack smokier smokiest
smokiness smoky smolder smooch smooth smoother smoothes smoothest smoothie smoothness smoothy smote
smother smoulder smudge smudgier smudgiest smudgy smug smugger smuggest smuggle smuggler smugness
smurf smut smuttier smuttiest smutty snack snaffle snafu snag snagged snagging snail snake
snakebite snakier snakiest snaky snap snapdragon snapped snapper snappier snappiest snapping
snappish snappy snapshot snare snarf snark snarkier snarkiest snarky snarl snatch snazzier
snazziest snazzy sneak sneaker sneakier sneakiest sneaky sneer sneeze snicker snide snider snidest
sniff sniffle snifter snigger snip snipe sniper snipped snippet snippier snippiest snipping snippy
snit snitch snivel snivelled snivelling snob snobbery snobbier snobbiest snobbish snobbishness
snobby snooker snoop snooper snoopier snoopiest snoopy snoot snootier snootiest snootiness snooty
snooze snore snorer snorkel snorkeler snorkelled snorkelling snort snot snottier snottiest snotty
snout snow snowball snowblower snowboard snowbound snowdrift snowdrop snowfall snowflake snowier
snowiest snowman snowmen snowmobile snowplow snowshed snowshoe snowstorm snowsuit snowy snub
snubbed snubbing snuck snuff snuffbox snuffer snuffle snug snugged snugger snuggest snugging
snuggle so soak soap soapbox soapier soapiest soapiness soapstone soapsuds soapy soar sob sobbed
sobbing sober soberer soberest soberness sobriety sobriquet soccer sociability sociable sociably
social socialism socialist socialistic socialite socialization socialize societal society
socioeconomic sociological sociologist sociology sociopath sock socket sod soda sodded sodden
sodding sodium sodomite sodomy sofa soft softball soften softener softer softest softhearted softie
softness software softwood softy soggier soggiest soggily sogginess soggy soil sojourn sol solace
solar solaria solarium sold solder soldier sole solecism solemn solemner solemnest solemnity
solemnize solenoid soli solicit solicitation solicitor solicitous solicitude solid solidarity
solider solidest solidification solidify solidity solidness soliloquize soliloquy solitaire
solitary solitude solo soloist solstice solubility soluble solution solvable solve solvency solvent
solver somber sombre sombrero some somebody someday somehow someone someplace somersault something
sometime someway somewhat somewhere somnambulism somnambulist somnolence somnolent son sonar sonata
song songbird songster songwriter sonic sonnet sonny sonority sonorous soon sooner soonest soot
sooth soothe soothsayer sootier sootiest sooty sop sophism sophist sophisticate sophistication
sophistry sophomore sophomoric soporific sopped soppier soppiest sopping soppy soprano sorbet
sorcerer sorceress sorcery sordid sordidness sore sorehead soreness sorer sorest sorghum sorority
sorrel sorrier sorriest sorrow sorrowful sorry sort sorta sorter sortie sos sot sottish soubriquet
sough sought soul soulful soulfulness soulless soulmate sound sounder soundest soundless soundness
soundproof soundtrack soup soupier soupiest soupy sour source sourdough sourer sourest sourness
sourpuss souse south southbound southeast southeasterly southeastern southeastward southerly
southern southerner southernmost southpaw southward southwest southwester southwestern
southwestward souvenir sovereign sovereignty soviet sow sower sown sox soy soya soybean spa space
spacecraft spaceflight spaceman spacemen spaceship spacesuit spacewalk spacey spacial spacier
spaciest spacious spaciousness spacy spade spadeful spadework spaghetti spake spam spammed spammer
spamming span spandex spangle spaniel spank spanned spanner spanning spar spare spareness sparer
spareribs sparest spark sparkle sparkler sparred sparring sparrow sparse sparseness sparser
sparsest sparsity spartan spasm spasmodic spasmodically spastic spat spate spatial spatted spatter
spatting spatula spawn spay speak speakeasy speaker spear spearhead spearmint spec specced speccing
special specialist specialization specialize specialty specie specifiable specific specifically
specification specifier specify specimen specious speck speckle spectacle spectacular spectator
specter spectra spectral spectroscope spectroscopic spectroscopy spectrum speculate speculation
speculative speculator sped speech speechless speed speedboat speeder speedier speediest speedily
speedometer speedster speedup speedway speedy spell spellbind spellbinder spellbound spellcheck
spellchecker speller spelt spelunker spend spender spendthrift spent sperm spermatozoa spermatozoon
spermicide spew sphere spherical spheroid spheroidal sphincter sphinges sphinx spice spicier
spiciest spiciness spicy spider spidery spiel spiffier spiffiest spiffy spigot spike spikier
spikiest spiky spill spillage spillway spilt spin spinach spinal spindle spindlier spindliest
spindly spine spineless spinet spinier spiniest spinnaker spinner spinning spinoff spinster
spinsterhood spiny spiraea spiral spiralled spiralling spire spirea spirit spiritless spiritual
spiritualism spiritualist spiritualistic spirituality spirituous spit spitball spite spiteful
spitefuller spitefullest spitefulness spitfire spitted spitting spittle spittoon splash splashdown
splashier splashiest splashy splat splatted splatter splatting splay spleen splendid splendider
splendidest splendor splenetic splice splicer spline splint splinter split splitting splodge
splotch splotchier splotchiest splotchy splurge splutter spoil spoilage spoiler spoilsport spoilt
spoke spoken spokesman spokesmen spokespeople spokesperson spokeswoman spokeswomen spoliation
sponge sponger spongier spongiest spongy sponsor sponsorship spontaneity spontaneous spoof spook
spookier spookiest spooky spool spoon spoonbill spoonerism spoonful spoonsful spoor sporadic
sporadically spore sporran sport sportier sportiest sportive sportscast sportscaster sportsman
sportsmanlike sportsmanship sportsmen sportswear sportswoman sportswomen sporty spot spotless
spotlessness spotlight spotted spotter spottier spottiest spottiness spotting spotty spouse spout
sprain sprang sprat sprawl spray sprayer spread spreader spreadsheet spree sprier spriest sprig
sprightlier sprightliest sprightliness sprightly spring springboard springier springiest
springiness springtime springy sprinkle sprinkler sprint sprinter sprite spritz sprocket sprout
spruce sprucer sprucest sprung spry spryer spryest spryness spud spume spumone spumoni spun spunk
spunkier spunkiest spunky spur spurious spuriousness spurn spurred spurring spurt sputter sputum
spy spyglass spyware sq squab squabble squad squadron squalid squalider squalidest squall squalor
squander square squareness squarer squarest squash squashier squashiest squashy squat squatted
squatter squattest squatting squaw squawk squeak squeakier squeakiest squeaky squeal squealer
squeamish squeamishness squeegee squeeze squeezer squelch squid squiggle squiggly squint squinter
squintest squire squirm squirmier squirmiest squirmy squirrel squirrelled squirrelling squirt
squish squishier squishiest squishy sriracha stab stabbed stabbing stability stabilization
stabilize stabilizer stable stabler stablest staccati staccato stack stadia stadium staff staffer
stag stage stagecoach stagehand stagflation stagger stagnant stagnate stagnation staid staider
staidest stain stainless stair staircase stairway stairwell stake stakeout stalactite stalagmite
stale stalemate staleness staler stalest stalk stalker stall stallion stalwart stamen stamina
stammer stammerer stamp stampede stance stanch stancher stanchest stanchion stand standard
standardization standardize standby standoff standoffish standout standpoint standstill stank
stanza staph staphylococci staphylococcus staple stapler star starboard starch starchier starchiest
starchy stardom stare starfish stargazer stark starker starkest starkness starless starlet
starlight starling starlit starred starrier starriest starring starry start starter startle startup
starvation starve stash stat state statehood statehouse stateless statelier stateliest stateliness
statement stater stateroom stateside statesman statesmanlike statesmanship statesmen statewide
static statically station stationary stationer stationery statistic statistical statistician
statuary statue statuesque statuette stature status statute statutory staunch stauncher staunchest
stave stay stdio stead steadfast steadfastness steadier steadiest steadily steadiness steady steak
steakhouse steal stealth stealthier stealthiest stealthily stealthy steam steamboat steamer
steamier steamiest steamroll steamroller steamship steamy steed steel steelier steeliest steely
steep steeper steepest steeple steeplechase steeplejack steepness steer steerage stein stellar stem
stemmed stemming stench stencil stencilled stencilling stenographer stenographic stenography stent
stentorian step stepbrother stepchild stepchildren stepdad stepdaughter stepfather stepladder
stepmom stepmother stepparent steppe steppingstone stepsister stepson stereo stereophonic
stereoscope stereotype stereotypical sterile sterility sterilization sterilize sterilizer sterling
stern sterna sterner sternest sternness sternum steroid stethoscope stevedore stew steward
stewardess stewardship stick sticker stickier stickiest stickiness stickleback stickler stickpin
stickup sticky stiff stiffen stiffener stiffer stiffest stiffness stifle stigma stigmata stigmatize
stile stiletto stilettoes still stillbirth stillborn stiller stillest stillness stilt stimulant
stimulate stimulation stimuli stimulus sting stinger stingier stingiest stingily stinginess
stingray stingy stink stinker stint stipend stipple stipulate stipulation stir stirred stirrer
stirring stirrup stitch stoat stochastic stock stockade stockbroker stockholder stockier stockiest
stockiness stockpile stockroom stocky stockyard stodgier stodgiest stodginess stodgy stoic stoical
stoicism stoke stoker stole stolen stolid stolider stolidest stolidity stomach stomachache stomp
stone stoner stonewall stoneware stonework stoney stonier stoniest stonily stony stood stooge stool
stoop stop stopcock stopgap stoplight stopover stoppable stoppage stopped stopper stopping
stopwatch storage store storefront storehouse storekeeper storeroom storey stork storm stormier
stormiest stormily storminess stormy story storybook storyteller stout stouter stoutest stoutness
stove stovepipe stow stowaway straddle strafe straggle straggler stragglier straggliest straggly
straight straightaway straightedge straighten straighter straightest straightforward straightjacket
straightness strain strainer strait straiten straitjacket strand strange strangeness stranger
strangest strangle stranglehold strangler strangulate strangulation strap strapless strapped
strapping strata stratagem strategic strategically strategist strategy stratification stratify
stratosphere stratum straw strawberry stray streak streakier streakiest streaky stream streamer
streamline street streetcar streetlight streetwalker streetwise strength strengthen strenuous
strenuousness strep streptococcal streptococci streptococcus streptomycin stress stressful stretch
stretcher stretchier stretchiest stretchy strew strewn striated stricken strict stricter strictest
strictness stricture stridden stride strident strife strike strikeout striker string stringency
stringent stringer stringier stringiest stringy strip stripe stripling stripped stripper stripping
stript striptease strive striven strobe strode stroke stroll stroller strong strongbox stronger
strongest stronghold strontium strop strophe stropped stropping strove struck structural
structuralist structure strudel struggle strum strummed strumming strumpet strung strut strutted
strutting strychnine stub stubbed stubbier stubbiest stubbing stubble stubbly stubborn stubborner
stubbornest stubbornness stubby stucco stuccoes stuck stud studded studding student studentship
studio studious studlier studliest study stuff stuffier stuffiest stuffily stuffiness stuffy
stultification stultify stumble stumbler stump stumpier stumpiest stumpy stun stung stunk stunned
stunning stunt stupefaction stupefy stupendous stupid stupider stupidest stupidity stupor sturdier
sturdiest sturdily sturdiness sturdy sturgeon stutter stutterer sty stye style styli stylish
stylishness stylist stylistic stylistically stylize stylus stymie stymying styptic suave suaver
suavest suavity sub subatomic subbasement subbed subbing subclass subcommittee subcompact
subconscious subcontinent subcontract subcontractor subculture subcutaneous subdivide subdivision
subdue subgroup subhead subhuman subj subject subjection subjective subjectivity subjoin subjugate
subjugation subjunctive sublease sublet subletting sublimate sublimation sublime sublimer sublimest
subliminal sublimity submarine submerge submergence submerse submersible submersion submission
submissive submit submitted submitter submitting subnormal suborbital subordinate subordination
suborn subornation subplot subpoena subprime subprogram subroutine subscribe subscriber subscript
subscription subsection subsequent subservience subservient subset subside subsidence subsidiary
subsidization subsidize subsidy subsist subsistence subsoil subsonic subspace substance substandard
substantial substantiate substantiation substantive substation substitute substitution substrata
substrate substratum substructure subsume subsystem subteen subterfuge subterranean subtitle subtle
subtler subtlest subtlety subtly subtotal subtotalled subtotalling subtract subtraction subtrahend
subtropical suburb suburban suburbanite suburbia subversion subversive subvert subway succeed
success successful succession successive successor succinct succincter succinctest succinctness
succor succotash succulence succulent succumb such suchlike suck sucker suckle sucrose suction
sudden suddenness suds sudsier sudsiest sudsy sue suede suet suffer sufferance sufferer suffice
sufficiency sufficient suffix suffocate suffocation suffragan suffrage suffragette suffragist
suffuse suffusion sugar sugarcane sugarcoat sugarier sugariest sugarless sugary suggest suggester
suggestible suggestion suggestive suicidal suicide suit suitability suitable suitably suitcase
suite suitor sukiyaki sulfate sulfide sulfur sulfuric sulfurous sulk sulkier sulkiest sulkily
sulkiness sulky sullen sullener sullenest sullenness sully sulphur sulphurous sultan sultana
sultanate sultrier sultriest sultry sum sumac sumach summarily summarize summary summation summed
summer summerhouse summertime summery summing summit summitry summon summoner sumo sump sumptuous
sun sunbathe sunbather sunbeam sunblock sunbonnet sunburn sunburnt sundae sunder sundial sundown
sundry sunfish sunflower sung sunglasses sunk sunken sunlamp sunless sunlight sunlit sunned sunnier
sunniest sunning sunny sunrise sunroof sunscreen sunset sunshine sunspot sunstroke suntan suntanned
suntanning sunup sup super superabundance superabundant superannuate superb superber superbest
supercharge supercharger supercilious supercomputer superconductivity superconductor superego
superficial superficiality superfluity superfluous superhighway superhuman superimpose superintend
superintendence superintendency superintendent superior superiority superlative superman
supermarket supermen supermodel supernatural supernova supernovae supernumerary superpower
superscript supersede supersize supersonic superspreader superstar superstition superstitious
superstructure supertanker superuser supervene supervise supervision supervisor supervisory supine
supped supper supping supplant supple supplement supplemental supplementary suppleness suppler
supplest suppliant supplicant supplicate supplication supplier supply support supportable supporter
supportive suppose supposition suppository suppress suppression suppurate suppuration supranational
supremacist supremacy supreme surcease surcharge sure surefire surefooted sureness surer surest
surety surf surface surfboard surfeit surfer surge surgeon surgery surgical surlier surliest
surliness surly surmise surmount surmountable surname surpass surplice surplus surplussed
surplussing surprise surreal surrealism surrealist surrealistic surrender surreptitious surrey
surrogate surround surtax surveillance survey surveyor survival survive survivor susceptibility
susceptible sushi suspect suspend suspender suspense suspenseful suspension suspicion suspicious
sustain sustainable sustenance suture svelte svelter sveltest swab swabbed swabbing swaddle swag
swagged swagger swaggerer swagging swain swallow swallowtail swam swami swamp swampier swampiest
swampy swan swank swanker swankest swankier swankiest swanky swap swapped swapping sward swarm
swarthier swarthiest swarthy swash swashbuckler swashbuckling swastika swat swatch swath swathe
swatted swatter swatting sway swaybacked swear swearer swearword sweat sweater sweatier sweatiest
sweatpants sweatshirt sweatshop sweaty sweep sweeper sweepstake sweet sweetbread sweetbriar
sweetbrier sweeten sweetener sweeter sweetest sweetheart sweetie sweetish sweetmeat sweetness swell
sweller swellest swellhead swelter swept swerve swift swifter swiftest swiftness swig swigged
swigging swill swim swimmer swimming swimsuit swindle swindler swine swing swinger swinish swipe
swirl swirly swish swisher swishest switch switchable switchback switchblade switchboard switcher
swivel swivelled swivelling swizzle swollen swoon swoop swop swopped swopping sword swordfish
swordplay swordsman swordsmen swore sworn swum swung sybarite sybaritic sycamore sycophant
sycophantic syllabi syllabic syllabication syllabification syllabify syllable syllabus syllogism
syllogistic sylph sylvan symbioses symbiosis symbiotic symbol symbolic symbolically symbolism
symbolization symbolize symmetric symmetrical symmetry sympathetic sympathetically sympathize
sympathizer sympathy symphonic symphony symposia symposium symptom symptomatic synagog synagogue
synapse sync synch synchronization synchronize synchronous syncopate syncopation syndicate
syndication syndrome synergism synergistic synergy synod synonym synonymous synopses synopsis
syntactic syntactical syntax syntheses synthesis synthesize synthesizer synthetic synthetically
syphilis syphilitic syphon syringe syrup syrupy sysadmin sysop system systematic systematically
systematize systemic systolic tab tabbed tabbing tabby tabernacle table tableau tableaux tablecloth
tableland tablespoon tablespoonful tablespoonsful tablet tableware tabloid taboo tabu tabular
tabulate tabulation tabulator tachometer tacit tacitness taciturn taciturnity tack tackier tackiest
tackiness tackle tackler tacky taco tact tactful tactic tactical tactician tactile tactless
tactlessness tad tadpole taffeta taffy tag tagged tagging tail tailcoat tailgate tailless taillight
tailor tailpipe tailspin tailwind taint take takeaways taken takeoff takeout takeover taker talc
tale talent talisman talk talkative talkativeness talker tall taller tallest tallness tallow tally
tallyho talon tam tamable tamale tamarind tambourine tame tameable tameness tamer tamest tamp
tamper tampon tan tanager tandem tang tangelo tangent tangential tangerine tangibility tangible
tangibly tangier tangiest tangle tango tangy tank tankard tanker tankful tanned tanner tannery
tannest tannin tanning tansy tantalize tantamount tantrum tap tape taper tapestry tapeworm tapioca
tapir tapped tapping taproom taproot tar tarantula tarantulae tarball tardier tardiest tardily
tardiness tardy tare target tariff tarmac tarmacked tarmacking tarnish taro tarot tarp tarpaulin
tarpon tarragon tarred tarrier tarriest tarring tarry tart tartan tartar tarter tartest tartness
taser task taskmaster tassel tasselled tasselling taste tasteful tasteless tastelessness taster
tastier tastiest tastiness tasty tat tatted tatter tatting tattle tattler tattletale tattoo
tattooist tatty taught taunt taupe taut tauter tautest tautness tautological tautology tavern
tawdrier tawdriest tawdriness tawdry tawnier tawniest tawny tax taxable taxation taxi taxicab
taxidermist taxidermy taxies taxonomic taxonomy taxpayer taxying tbs tbsp tea teabag teach
teachable teacher teacup teak teakettle teal tealight team teammate teamster teamwork teapot tear
teardrop tearful teargas teargassed teargasses teargassing tearier teariest tearjerker tearoom
teary tease teasel teaser teaspoon teaspoonful teaspoonsful teat teatime teazel teazle tech
technical technicality technician technique techno technocracy technocrat technological
technologist technology tectonics tedious tediousness tedium tee teem teen teenage teenager teenier
teeniest teensier teensiest teensy teeny teepee teeter teeth teethe teetotal teetotaler teetotaller
tel telecast telecaster telecommunication telecommute telecommuter teleconference telegram
telegraph telegrapher telegraphic telegraphy telekinesis telemarketing telemeter telemetry
telepathic telepathically telepathy telephone telephonic telephony telephoto telescope telescopic
telethon teletype teletypewriter televangelist televise television telex tell teller telltale
telnet temblor temerity temp temper tempera temperament temperamental temperance temperate
temperature tempest tempestuous tempestuousness tempi template temple tempo temporal temporarily
temporary temporize tempt temptation tempter temptress tempura ten tenability tenable tenacious
tenacity tenancy tenant tend tendency tendentious tendentiousness tender tenderer tenderest
tenderfeet tenderfoot tenderhearted tenderize tenderizer tenderloin tenderness tendinitis tendon
tendonitis tendril tenement tenet tenfold tennis tenon tenor tenpin tense tenseness tenser tensest
tensile tension tensor tent tentacle tentative tenth tenuous tenuousness tenure tepee tepid tequila
terabit terabyte tercentenary term termagant terminable terminal terminate termination terminator
termini terminological terminology terminus termite tern terrace terrain terrapin terraria
terrarium terrestrial terrible terribly terrier terrific terrifically terrify territorial territory
terror terrorism terrorist terrorize terry terse terseness terser tersest tertiary test testable
testament testamentary testate tester testes testicle testier testiest testify testily testimonial
testimony testiness testis testosterone testy tetanus tether tetrahedra tetrahedron text textbook
textile textual textural texture thalami thalamus thallium than thank thankful thankfulness
thankless thanksgiving that thatch thatcher thaw the theater theatre theatrical thee theft their
theism theist theistic them thematic thematically theme themselves then thence thenceforth
thenceforward theocracy theocratic theologian theological theology theorem theoretic theoretical
theoretician theorist theorize theory theosophy therapeutic therapeutically therapist therapy there
thereabout thereafter thereby therefore therefrom therein thereof thereon thereto thereupon
therewith thermal thermionic thermodynamic thermometer thermonuclear thermoplastic thermos
thermostat thermostatic thesauri thesaurus these thesis thespian theta they thiamin thiamine thick
thicken thickener thicker thickest thicket thickness thickset thief thieve thievery thievish thigh
thighbone thimble thimbleful thin thine thingamajig think thinker thinned thinner thinness thinnest
thinning third thirst thirstier thirstiest thirstily thirsty thirteen thirteenth thirtieth thirty
this thistle thistledown thither tho thong thoraces thoracic thorax thorium thorn thornier
thorniest thorny thorough thoroughbred thorougher thoroughest thoroughfare thoroughgoing
thoroughness those thou though thought thoughtful thoughtfulness thoughtless thoughtlessness
thousand thousandth thraldom thrall thralldom thrash thrasher thread threadbare threat threaten
three threefold threescore threesome threnody thresh thresher threshold threw thrice thrift
thriftier thriftiest thriftily thriftiness thrifty thrill thriller thrive thriven throat throatier
throatiest throatily throatiness throaty throb throbbed throbbing throe thromboses thrombosis
throne throng throttle through throughout throughput throughway throve throw throwaway throwback
thrower thrown thru thrum thrummed thrumming thrush thrust thruway thud thudded thudding thug thumb
thumbnail thumbscrew thumbtack thump thunder thunderbolt thunderclap thundercloud thunderhead
thunderous thundershower thunderstorm thunderstruck thunk thus thwack thwart thy thyme thymi thymus
thyroid thyself ti tiara tibia tibiae tic tick ticker ticket tickle ticklish tidal tidbit
tiddlywinks tide tidewater tidier tidiest tidily tidiness tidy tie tiebreaker tier tiff tiger tight
tighten tighter tightest tightfisted tightness tightrope tightwad tigress tike tilde tile till
tillable tillage tiller tilt timber timberland timberline timbre time timekeeper timeless
timelessness timelier timeliest timeline timepiece timer timescale timestamp timetable timeworn
timezone timid timider timidest timidity timorous timpani timpanist tin tincture tinder tinderbox
tine tinfoil ting tinge tingle tinier tiniest tinker tinkle tinned tinnier tinniest tinning tinny
tinsel tinselled tinselling tinsmith tint tintinnabulation tiny tip tipi tipped tipper tipping
tipple tippler tipsier tipsiest tipsily tipster tipsy tiptoe tiptop tirade tire tireder tiredest
tiredness tireless tirelessness tiresome tiresomeness tiro tissue tit titan titanic titanium titbit
tithe titillate titillation title titmice titmouse titter tittle titular tizzy to toad toadstool
toady toast toaster toastier toastiest toastmaster toasty tobacco tobaccoes tobacconist toboggan
tocsin today toddle toddler toddy toe toehold toenail toffee toffy tofu tog toga togae together
togetherness toggle toil toiler toilet toiletry toilette toilsome toke token tokenism told
tolerable tolerably tolerance tolerant tolerate toleration toll tollbooth tollgate tom tomahawk
tomato tomatoes tomb tomboy tombstone tomcat tome tomfoolery tomorrow ton tonal tonality tone
toneless toner tong tongue tonic tonier toniest tonight tonnage tonne tonsil tonsillectomy
tonsillitis tonsorial tonsure tony too took tool toolbar toolbox toolkit toot tooth toothache
toothbrush toothier toothiest toothless toothpaste toothpick toothsome toothy top topaz topcoat
topic topical topknot topless topmast topmost topographer topographic topographical topography
topological topology topped topping topple topsail topside topsoil toque tor torch torchlight tore
toreador torment tormenter tormentor torn tornado tornadoes torpedo torpedoes torpid torpidity
torpor torque torrent torrential torrid torsi torsion torso tort torte tortilla tortoise
tortoiseshell tortuous torture torturer torus toss tossup tost tot total totalitarian
totalitarianism totality totalled totalling tote totem totemic totted totter totting toucan touch
touchdown touchier touchiest touchstone touchy tough toughen tougher toughest toughness toupee tour
tourism tourist touristic tourmaline tournament tourney tourniquet tousle tout tow toward towel
towelled towelling tower towhead town townhouse townsfolk township townsman townsmen townspeople
towpath toxemia toxic toxicity toxicologist toxicology toxin toy trace traceable tracer tracery
trachea tracheae tracheotomy track tracker tract tractable traction tractor trade trademark trader
tradesman tradesmen tradition traditional traditionalist traduce traffic trafficked trafficker
trafficking tragedian tragedy tragic tragically tragicomedy trail trailblazer trailer train trainee
trainer traipse trait traitor traitorous trajectory tram trammed trammel trammelled trammelling
tramming tramp trample trampoline trance tranquil tranquiler tranquilest tranquility tranquilize
tranquilizer tranquiller tranquillest tranquillity tranquillize tranquillizer trans transact
transaction transatlantic transceiver transcend transcendence transcendent transcendental
transcendentalism transcendentalist transcontinental transcribe transcript transcription transducer
transept transfer transferable transferal transference transferred transferring transfiguration
transfigure transfinite transfix transfixt transform transformation transformer transfuse
transfusion transgress transgression transgressor transience transiency transient transistor
transit transition transitional transitive transitory transitted transitting translate translation
translator transliterate transliteration translucence translucent transmigrate transmigration
transmissible transmission transmit transmittable transmittal transmitted transmitter transmitting
transmutation transmute transnational transoceanic transom transparency transparent transphobia
transphobic transpiration transpire transplant transplantation transponder transport transportable
transportation transporter transpose transposition transsexual transship transshipment transshipped
transshipping transubstantiation transverse transvestism transvestite trap trapdoor trapeze
trapezoid trapezoidal trappable trapped trapper trapping trapshooting trash trashcan trashier
trashiest trashy trauma traumata traumatic traumatize travail travel traveler travelled traveller
travelling travelog travelogue traverse travesty trawl trawler tray treacherous treachery treacle
tread treadle treadmill treas treason treasonable treasonous treasure treasurer treasury treat
treatable treatise treatment treaty treble tree treeless treetop trefoil trek trekked trekking
trellis tremble tremendous tremolo tremor tremulous trench trenchant trend trendier trendiest
trendy trepidation trespass trespasser tress trestle triad triage trial triangle triangular
triangulation triathlon tribal tribalism tribe tribesman tribesmen tribulation tribunal tribune
tributary tribute trice triceps triceratops trick trickery trickier trickiest trickiness trickle
trickster tricky tricolor tricycle trident triennial trifecta trifle trifler trifocals trig trigger
triglyceride trigonometric trigonometry trike trilateral trill trillion trillionth trilogy trim
trimaran trimester trimmed trimmer trimmest trimming trimness trinity trinket trio trip tripartite
tripe triple triplet triplicate tripod tripos tripped tripping triptych trisect trite triteness
triter tritest triumph triumphal triumphant triumvirate trivet trivia trivial triviality trivialize
trochee trod trodden troglodyte troika troll trolley trollop trolly trombone trombonist tromp tron
troop trooper troopship trope trophy tropic tropical tropism troposphere trot troth trotted trotter
trotting troubadour trouble troublemaker troubleshoot troubleshooter troubleshot troublesome trough
trounce troupe trouper trouser trousseau trousseaux trout trowel trowelled trowelling troy truancy
truant truce truck trucker truckle truckload truculence truculent trudge true truer truest truffle
truism truly trump trumpery trumpet trumpeter truncate truncation truncheon trundle trunk truss
trust trustee trusteeship trustful trustfulness trustier trustiest trustworthier trustworthiest
trustworthiness trustworthy trusty truth truther truthful truthfulness truthiness try tryout tryst
ts tsar tsarina tsp tsunami ttys tub tuba tubbier tubbiest tubby tube tubeless tuber tubercle
tubercular tuberculosis tuberculous tuberous tubular tuck tucker tuft tug tugboat tugged tugging
tuition tulip tulle tumble tumbledown tumbler tumbleweed tumbrel tumbril tumid tummy tumor tumult
tumultuous tun tuna tundra tune tuneful tuneless tuner tungsten tunic tunnel tunnelled tunnelling
tunny turban turbid turbine turbojet turboprop turbot turbulence turbulent turd turducken tureen
turf turgid turgidity turkey turmeric turmoil turn turnabout turnaround turncoat turner turnip
turnkey turnoff turnout turnover turnpike turnstile turntable turpentine turpitude turquoise turret
turtle turtledove turtleneck turves tush tusk tussle tussock tutelage tutor tutorial tutu tux
tuxedo tuxedoes twaddle twain twang tweak twee tweedier tweediest tweedy tweet tweeter tweezers
twelfth twelve twentieth twenty twerk twerp twice twiddle twig twigged twiggier twiggiest twigging
twiggy twilight twill twin twine twinge twink twinkle twinned twinning twirl twirler twist twister
twit twitch twitted twitter twitting two twofer twofold twosome tycoon tying tyke tympana tympanum
type typecast typeface typescript typeset typesetter typesetting typewrite typewriter typewritten
typewrote typhoid typhoon typhus typical typify typist typo typographer typographic typographical
typography tyrannical tyrannize tyrannosaur tyrannosaurus tyrannous tyranny tyrant tyro tyroes tzar
tzarina ubiquitous ubiquity udder ugh uglier ugliest ugliness ugly uh ukelele ukulele ulcer
ulcerate ulceration ulcerous ulna ulnae ulterior ultimata ultimate ultimatum ultra
ultraconservative ultramarine ultrasonic ultrasonically ultrasound ultraviolet ululate um umbel
umber umbilical umbilici umbilicus umbrage umbrella umiak umlaut ump umpire umpteen umpteenth
unabashed unabated unable unabridged unaccented unacceptability unacceptable unacceptably
unaccepted unaccompanied unaccountable unaccountably unaccustomed unacknowledged unacquainted
unadorned unadulterated unadvised unaffected unafraid unaided unalterable unalterably unaltered
unambiguous unanimity unanimous unannounced unanswerable unanswered unanticipated unappealing
unappetizing unappreciated unappreciative unapproachable unarmed unashamed unasked unassailable
unassigned unassisted unassuming unattached unattainable unattended unattractive unattributed
unauthenticated unauthorized unavailable unavailing unavoidable unavoidably unaware unbalanced
unbar unbarred unbarring unbearable unbearably unbeatable unbeaten unbecoming unbeknown unbeknownst
unbelief unbelievable unbelievably unbeliever unbend unbent unbiased unbiassed unbidden unbind
unblock unblushing unbolt unborn unbosom unbound unbranded unbreakable unbridled unbroken unbuckle
unburden unbutton uncalled uncannier uncanniest uncannily uncanny uncaring uncased uncatalogued
unceasing uncensored unceremonious uncertain uncertainty unchallenged unchanged unchanging
uncharacteristic uncharacteristically uncharitable uncharitably uncharted unchecked unchristian
uncivil uncivilized unclaimed unclasp unclassified uncle unclean uncleaner uncleanest uncleanlier
uncleanliest uncleanness unclear unclearer unclearest unclothe uncluttered uncoil uncollected
uncomfortable uncomfortably uncommitted uncommon uncommoner uncommonest uncommunicative
uncomplaining uncompleted uncomplicated uncomplimentary uncomprehending uncompressed uncompromising
unconcern unconditional unconfirmed unconnected unconquerable unconscionable unconscionably
unconscious unconsciousness unconsidered unconstitutional uncontaminated uncontested uncontrollable
uncontrollably uncontrolled uncontroversial unconventional unconvinced unconvincing uncooked
uncooperative uncoordinated uncork uncorrelated uncorroborated uncountable uncounted uncouple
uncouth uncover uncritical unction unctuous unctuousness uncultivated uncultured uncut undamaged
undated undaunted undeceive undecidable undecided undecipherable undeclared undefeated undefended
undefinable undefined undelivered undemanding undemocratic undemonstrative undeniable undeniably
undependable under underachieve underachiever underact underage underarm underbelly underbid
underbidding underbrush undercarriage undercharge underclass underclassman underclassmen
underclothes underclothing undercoat undercover undercurrent undercut undercutting underdeveloped
underdog underdone underemployed underestimate underexpose underfed underfeed underflow underfoot
underfunded undergarment undergo undergoes undergone undergrad undergraduate underground
undergrowth underhand underlain underlay underlie underline underling underlying undermine
undermost underneath undernourished underpaid underpants underpass underpay underpin underpinned
underpinning underplay underprivileged underrate underscore undersea undersecretary undersell
undershirt undershoot undershorts undershot underside undersign undersize underskirt undersold
understaffed understand understandable understandably understate understatement understood
understudy undertake undertaken undertaker undertone undertook undertow underused undervalue
underwater underwear underweight underwent underworld underwrite underwriter underwritten
underwrote undeserved undeserving undesirability undesirable undetectable undetected undetermined
undeterred undeveloped undid undies undignified undiluted undiminished undisciplined undisclosed
undiscovered undiscriminating undisguised undisputed undistinguished undisturbed undivided undo
undocumented undoes undone undoubted undress undue undulant undulate undulation unduly undying
unearned unearth unease uneasier uneasiest uneasily uneasiness uneasy uneaten uneconomic
uneconomical unedited uneducated unembarrassed unemotional unemployable unemployed unemployment
unending unendurable unenforceable unenlightened unenthusiastic unenviable unequal unequalled
unequivocal unerring unethical uneven unevenness uneventful unexampled unexceptionable
unexceptional unexciting unexpected unexplained unexplored unexpurgated unfailing unfair unfairer
unfairest unfairness unfaithful unfaithfulness unfamiliar unfamiliarity unfashionable unfasten
unfathomable unfavorable unfavorably unfeasible unfeeling unfeigned unfetter unfilled unfinished
unfit unfitted unfitting unflagging unflappable unflattering unflinching unfold unforeseeable
unforeseen unforgettable unforgettably unforgivable unforgiving unformed unfortunate unfounded
unfrequented unfriend unfriendlier unfriendliest unfriendliness unfrock unfulfilled unfunny unfurl
unfurnished ungainlier ungainliest ungainliness ungainly ungentlemanly ungodlier ungodliest ungodly
ungovernable ungracious ungrammatical ungrateful ungratefulness ungrudging unguarded unguent
ungulate unhand unhappier unhappiest unhappily unhappiness unhappy unharmed unhealthful unhealthier
unhealthiest unhealthy unheard unheeded unhelpful unhesitating unhindered unhinge unhitch unholier
unholiest unholy unhook unhorse unhurried unhurt unicameral unicorn unicycle unidentifiable
unidentified unidirectional unification uniform uniformity unify unilateral unimaginable
unimaginative unimpaired unimpeachable unimplementable unimplemented unimportant unimpressed
unimpressive uninformative uninformed uninhabitable uninhabited uninhibited uninitialized
uninitiated uninjured uninspired uninspiring uninstall uninstallable uninstaller uninsured
unintelligent unintelligible unintelligibly unintended unintentional uninterested uninteresting
uninterpreted uninterrupted uninvited uninviting union unionization unionize unique uniqueness
uniquer uniquest unisex unison unit unitary unite unity universal universality universe university
unjust unjustifiable unjustified unkempt unkind unkinder unkindest unkindlier unkindliest
unkindness unknowable unknowing unknown unlabeled unlace unlatch unlawful unleaded unlearn unleash
unleavened unless unlettered unlicensed unlike unlikelier unlikeliest unlikelihood unlimited
unlisted unload unlock unloose unloved unluckier unluckiest unluckily unlucky unmade unmake unman
unmanageable unmanlier unmanliest unmanned unmannerly unmanning unmarked unmarried unmask unmatched
unmemorable unmentionable unmerciful unmindful unmissed unmistakable unmistakably unmitigated
unmodified unmoral unmoved unnamed unnatural unnecessarily unnecessary unneeded unnerve
unnoticeable unnoticed unnumbered unobjectionable unobservant unobserved unobstructed unobtainable
unobtrusive unoccupied unoffensive unofficial unopened unopposed unorganized unoriginal unorthodox
unpack unpaid unpainted unpalatable unparalleled unpardonable unpatriotic unpaved unperturbed
unpick unpin unpinned unpinning unplanned unpleasant unpleasantness unplug unplugged unplugging
unplumbed unpolluted unpopular unpopularity unprecedented unpredictability unpredictable
unprejudiced unpremeditated unprepared unpretentious unpreventable unprincipled unprintable
unprivileged unproductive unprofessional unprofitable unpromising unprompted unpronounceable
unprotected unproved unproven unprovoked unpublished unpunished unqualified unquenchable
unquestionable unquestionably unquestioned unquestioning unquote unravel unravelled unravelling
unreachable unread unreadable unready unreal unrealistic unrealistically unrealized unreasonable
unreasonableness unreasonably unreasoning unrecognizable unrecognized unreconstructed unrecorded
unrefined unregenerate unregistered unregulated unrehearsed unrelated unreleased unrelenting
unreliability unreliable unrelieved unremarkable unremitting unrepeatable unrepentant
unrepresentative unrequited unreserved unresolved unresponsive unrest unrestrained unrestricted
unrewarding unripe unriper unripest unrivaled unrivalled unroll unromantic unruffled unrulier
unruliest unruliness unruly unsaddle unsafe unsafer unsafest unsaid unsalted unsanctioned
unsanitary unsatisfactory unsatisfied unsatisfying unsaturated unsavory unsay unscathed unscheduled
unschooled unscientific unscramble unscrew unscrupulous unscrupulousness unseal unseasonable
unseasonably unseasoned unseat unseeing unseemlier unseemliest unseemliness unseemly unseen
unselfish unselfishness unsent unsentimental unset unsettle unshakable unshakeable unshaven
unsheathe unsightlier unsightliest unsightliness unsightly unsigned unskilled unskillful unsmiling
unsnap unsnapped unsnapping unsnarl unsociable unsold unsolicited unsolved unsophisticated unsound
unsounder unsoundest unsparing unspeakable unspeakably unspecific unspecified unspoiled unspoilt
unspoken unsportsmanlike unstable unstated unsteadier unsteadiest unsteadily unsteadiness unsteady
unstop unstoppable unstopped unstopping unstressed unstructured unstrung unstuck unstudied
unsubscribe unsubstantial unsubstantiated unsubtle unsuccessful unsuitable unsuitably unsuited
unsung unsupervised unsupportable unsupported unsure unsurpassed unsurprising unsuspected
unsuspecting unsweetened unswerving unsympathetic untainted untamed untangle untapped untaught
untenable untested unthinkable unthinking untidier untidiest untidiness untidy untie until
untimelier untimeliest untimeliness untimely untiring untitled unto untold untouchable untouched
untoward untrained untreated untried untroubled untrue untruer untruest untrustworthy untruth
untruthful untutored untwist untying unusable unused unusual unutterable unutterably unvarnished
unvarying unveil unverified unvoiced unwanted unwarier unwariest unwariness unwarranted unwary
unwashed unwavering unwed unwelcome unwell unwholesome unwieldier unwieldiest unwieldiness unwieldy
unwilling unwillingness unwind unwise unwiser unwisest unwitting unwonted unworkable unworldly
unworthier unworthiest unworthiness unworthy unwound unwrap unwrapped unwrapping unwritten
unyielding unzip unzipped unzipping up upbeat upbraid upbringing upchuck upcoming upcountry update
updater updraft upend upfront upgrade upheaval upheld uphill uphold upholster upholsterer
upholstery upkeep upland uplift upload upmarket upon upped upper uppercase upperclassman
upperclassmen uppercut uppercutting uppermost upping uppity upraise upright uprising uproar
uproarious uproot ups upscale upset upsetting upshot upside upstage upstairs upstanding upstart
upstate upstream upsurge upswing uptake uptight uptown upturn upward uranium urban urbane urbaner
urbanest urbanity urbanization urbanize urchin urea urethra urethrae urge urgency urgent uric
urinal urinalyses urinalysis urinary urinate urination urine urn urologist urology us usability
usable usage use useability useable useful usefulness useless uselessness user username usher
usherette usual usurer usurious usurp usurpation usurper usury utensil uteri uterine uterus
utilitarian utilitarianism utility utilization utilize utmost utopia utopian utter utterance
uttermost uvula uvulae uvular vacancy vacant vacate vacation vacationer vaccinate vaccination
vaccine vacillate vacillation vacua vacuity vacuous vacuum vagabond vagary vagina vaginae vaginal
vagrancy vagrant vague vagueness vaguer vaguest vain vainer vainest vainglorious vainglory valance
vale valedictorian valedictory valence valentine valet valiant valid validate validation validity
validness valise valley valor valorous valuable valuation value valueless valve vamoose vamp
vampire van vanadium vandal vandalism vandalize vane vanguard vanilla vanish vanity vanned vanning
vanquish vantage vape vapid vapidity vapidness vapor vaporization vaporize vaporizer vaporous
vaporware var variability variable variably variance variant variate variation varicolored varicose
variegate variety various varlet varmint varnish varsity vary vascular vase vasectomy vassal
vassalage vast vaster vastest vastness vat vatted vatting vaudeville vault vaulter vaunt veal
vector veep veer vegan vegetable vegetarian vegetarianism vegetate vegetation vegetative veggie
vehemence vehement vehicle vehicular veil vein veld veldt vellum velocity velour velvet velveteen
velvety venal venality vend vender vendetta vendor veneer venerable venerate veneration venereal
vengeance vengeful venial venison venom venomous venous vent ventilate ventilation ventilator
ventral ventricle ventricular ventriloquism ventriloquist venture venturesome venturous venue
veracious veracity veranda verandah verb verbal verbalize verbatim verbena verbiage verbose
verbosity verdant verdict verdigris verdure verge verier veriest verifiable verification verify
verily verisimilitude veritable veritably verity vermicelli vermilion vermillion vermin verminous
vermouth vernacular vernal versatile versatility verse versification versify version versus
vertebra vertebrae vertebral vertebrate vertex vertical vertices vertiginous vertigo verve very
vesicle vesper vessel vest vestibule vestige vestigial vestment vestry vet vetch veteran
veterinarian veterinary veto vetoes vetted vetting vex vexation vexatious vi via viability viable
viaduct vial viand vibe vibrancy vibrant vibraphone vibrate vibration vibrato vibrator viburnum
vicar vicarage vicarious vice viceroy vichyssoise vicinity vicious viciousness vicissitude victim
victimization victimize victor victorious victory victual victualled victualling video
videocassette videodisc videotape videotex vie view viewer viewfinder viewpoint vigil vigilance
vigilant vigilante vigilantism vignette vigor vigorous vii viii vile vileness viler vilest
vilification vilify villa village villager villain villainous villainy villein vim vinaigrette
vindicate vindication vindicator vindictive vindictiveness vine vinegar vinegary vineyard vintage
vintner vinyl viol viola violable violate violation violator violence violent violet violin
violinist violist violoncello viper virago viragoes viral vireo virgin virginal virginity virgule
virile virility virology virtual virtue virtuosi virtuosity virtuoso virtuous virtuousness
virulence virulent virus visa visage viscera visceral viscid viscosity viscount viscountess viscous
viscus vise visibility visible visibly vision visionary visit visitation visitor visor vista visual
visualization visualize vital vitality vitalize vitamin vitiate vitiation viticulture vitreous
vitriol vitriolic vituperate vituperation vituperative viva vivace vivacious vivaciousness vivacity
vivid vivider vividest vividness vivify viviparous vivisection vixen vixenish viz vizier vizor
vocabulary vocal vocalic vocalist vocalization vocalize vocation vocational vocative vociferate
vociferation vociferous vodka vogue voguish voice voiceless voicemail void voile vol volatile
volatility volcanic volcano volcanoes vole volition volley volleyball volt voltage voltaic
voltmeter volubility voluble volubly volume voluminous voluntarily voluntary volunteer voluptuary
voluptuous voluptuousness vomit voodoo voodooism voracious voracity vortex vortices votary vote
voter votive vouch voucher vouchsafe vow vowel voyage voyager voyeur voyeurism voyeuristic vs
vulcanization vulcanize vulgar vulgarer vulgarest vulgarism vulgarity vulgarization vulgarize
vulnerability vulnerable vulnerably vulture vulva vulvae vuvuzela vying wabbit wack wacker wackest
wackier wackiest wackiness wacko wacky wad wadded wadding waddle wade wader wadi wafer waffle waft
wag wage wager wagged wagging waggish waggle wagon wagoner waif wail wainscot wainscotted
wainscotting waist waistband waistcoat waistline wait waiter waitress waive waiver wake wakeful
wakefulness waken waldo waldoes wale walk walker walkout walkway wall wallaby wallboard wallet
walleye wallflower wallop wallow wallpaper walnut walrus waltz wampum wan wand wander wanderer
wanderlust wane wangle wank wanna wannabe wannabee wanner wannest want wanton wantonness wapiti war
warble warbler ward warden warder wardrobe wardroom ware warehouse warez warfare warhead warhorse
warier wariest warily wariness warlike warlock warlord warm warmer warmest warmhearted warmonger
warmth warn warp warpath warrant warranty warred warren warring warrior warship wart warthog
wartier wartiest wartime warty wary was wash washable washbasin washboard washbowl washcloth washer
washerwoman washerwomen washout washroom washstand washtub wasp waspish wassail wastage waste
wastebasket wasteful wastefulness wasteland wastepaper waster wastewater wastrel watch watchband
watchdog watcher watchful watchfulness watchmaker watchman watchmen watchtower watchword water
waterbed waterboard watercolor watercourse watercraft watercress waterfall waterfowl waterfront
waterier wateriest waterline waterlogged watermark watermelon waterpower waterproof watershed
waterside waterspout watertight waterway waterworks watery watt wattage wattle wave waveform
wavelength wavelet waver wavier waviest waviness wavy wax waxen waxier waxiest waxiness waxwing
waxwork waxy way wayfarer wayfaring waylaid waylay wayside wayward waywardness we weak weaken
weaker weakest weakfish weakling weakness weal wealth wealthier wealthiest wealthiness wealthy wean
weapon weaponless weaponry wear wearable wearer wearier weariest wearily weariness wearisome weary
weasel weather weathercock weatherize weatherman weathermen weatherproof weave weaver web webbed
webbing webcam webcast webinar webisode webmaster webmistress website wed wedded wedder wedding
wedge wedgie wedlock wee weeder weedier weediest weedy week weekday weekend weeknight weenie weep
weeper weepier weepiest weepy weer weest weevil weft weigh weight weightier weightiest weightiness
weightless weightlessness weightlifter weightlifting weighty weir weird weirder weirdest weirdness
weirdo welch welcome weld welder welfare welkin well wellington wellspring welsh welt welter
welterweight wen wench wend went wept were werewolf werewolves west westbound westerly western
westerner westernize westernmost westward wet wetback wetland wetness wetted wetter wettest wetting
wetware whack whacker whackier whackiest whacky whale whalebone whaler wham whammed whamming whammy
wharf wharves what whatchamacallit whatever whatnot whatsoever wheal wheat wheaten wheedle wheel
wheelbarrow wheelbase wheelchair wheeler wheelwright wheeze wheezier wheeziest wheezy whelk whelp
when whence whenever where whereabouts whereas whereat whereby wherefore wherein whereof whereon
wheresoever whereupon wherever wherewithal whet whether whetstone whetted whetting whew whey which
whichever whiff while whilst whim whimper whimsey whimsical whimsicality whimsy whine whiner
whinier whiniest whinny whiny whip whipcord whiplash whipped whippersnapper whippet whipping
whippoorwill whir whirl whirligig whirlpool whirlwind whirr whisk whisker whiskey whisky whisper
whist whistle whistler whit white whitecap whitefish whiten whitener whiteness whiter whitest
whitewall whitewash whither whitish whittle whittler whiz whizz who whoa whodunit whodunnit whoever
whole wholehearted wholeness wholesale wholesaler wholesome wholesomeness wholly whom whomever
whomsoever whoop whoopee whoosh whopper whopping whore whorehouse whorl whose whosoever why wick
wickeder wickedest wickedness wicker wickerwork wicket wide widen wideness wider widescreen
widespread widest widgeon widget widow widower widowhood width wield wiener wife wig wigeon wigged
wigging wiggle wiggler wigglier wiggliest wiggly wight wigwag wigwagged wigwagging wigwam wiki wild
wildcat wildcatted wildcatting wildebeest wilder wilderness wildest wildfire wildflower wildfowl
wildlife wildness wile wilful wilfulness wilier wiliest wiliness will willful willfulness willies
willingness willow willowy willpower wilt wily wimp wimpier wimpiest wimple wimpy win wince winch
wind windbag windbreak windbreaker windburn windfall windier windiest windiness windjammer windlass
windmill window windowpane windowsill windpipe windscreen windshield windsock windstorm windsurf
windswept windup windward windy wine wineglass winery wing winger wingless wingnut wingspan
wingspread wingtip wink winner winning winnow wino winsome winsomer winsomest winter wintergreen
winterier winteriest winterize wintertime wintery wintrier wintriest wintry wipe wiper wire
wireless wiretap wiretapped wiretapping wirier wiriest wiriness wiry wisdom wise wiseacre wisecrack
wiser wisest wish wishbone wisher wishful wisp wispier wispiest wispy wist wistaria wisteria
wistful wistfulness wit witch witchcraft witchery with withal withdraw withdrawal withdrawn
withdrew wither withheld withhold within without withstand withstood witless witness witticism
wittier wittiest wittily wittiness witting witty wive wiz wizard wizardry wizened wizzes wk wkly
wobble wobblier wobbliest wobbly woe woebegone woeful woefuller woefullest wok woke woken wolf
wolfhound wolfish wolfram wolverine wolves woman womanhood womanish womanize womanizer womankind
womanlier womanliest womanlike womanliness womb wombat womble women womenfolk won wonder wonderful
wonderland wonderment wondrous wonkier wonkiest wonky wont woo wood woodbine woodcarving woodchuck
woodcock woodcraft woodcut woodcutter woodcutting wooden woodener woodenest woodenness woodier
woodiest woodiness woodland woodman woodmen woodpecker woodpile woodshed woodsier woodsiest
woodsman woodsmen woodsy woodwind woodwork woodworm woody wooer woof woofer wool woolen
woolgathering woolie woolier wooliest woollier woolliest woolliness woozier wooziest wooziness
woozy word wordier wordiest wordiness wordplay wordy wore work workable workaday workaholic
workaround workbench workbook workday worker workfare workflow workforce workhorse workhouse
workingman workingmen workload workman workmanlike workmanship workmen workout workplace worksheet
workshop workstation workweek world worldlier worldliest worldliness worldwide worm wormhole
wormier wormiest wormwood wormy worn worrier worrisome worry worrywart worse worsen worship
worshiper worshipful worshipped worshipper worshipping worst worth worthier worthiest worthily
worthiness worthless worthlessness worthwhile worthy wot would wound wounder wove woven wow wrack
wraith wrangle wrangler wrap wraparound wrapped wrapper wrapping wrapt wrath wrathful wreak wreath
wreathe wreck wreckage wrecker wren wrench wrest wrestle wrestler wretch wretcheder wretchedest
wretchedness wrier wriest wriggle wriggler wriggly wright wring wringer wrinkle wrinklier
wrinkliest wrinkly wrist wristband wristwatch writ writable write writer writhe written wrong
wrongdoer wrongdoing wronger wrongest wrongful wrongfulness wrongheaded wrongheadedness wrongness
wrote wroth wrought wrung wry wryer wryest wryness wt wuss xci xcii xciv xcix xcvi xcvii xenon
xenophobia xenophobic xerographic xerography xi xii xiii xiv xix xor xref xterm xv xvi xvii xviii
xx xxi xxii xxiii xxiv xxix xxv xxvi xxvii xxviii xxx xxxi xxxii xxxiii xxxiv xxxix xxxv xxxvi
xxxvii xxxviii xylem xylophone xylophonist yacht yachtsman yachtsmen yack yahoo yak yakked yakking
yam yammer yank yap yapped yapping yard yardage yardarm yardstick yarmulke yarn yaw yawl yawn yd ye
yea yeah year yearbook yearling yearn yeast yeastier yeastiest yeasty yell yellow yellower
yellowest yellowish yelp yen yeoman yeomen yep yes yeshiva yeshivah yeshivot yeshivoth yessed
yessing yest yesterday yesteryear yet yeti yew yield yip yipped yippee yipping yo yock yodel
yodeler yodelled yodeller yodelling yoga yoghourt yoghurt yogi yogin yogurt yoke yokel yolk yon
yonder yore you young younger youngest youngish youngster your yourself yourselves youth youthful
youthfulness yowl yr yrs yttrium yucca yuck yuckier yuckiest yucky yuk yukked yukking yule yuletide
yum yummier yummiest yummy yup yuppie yuppy zanier zaniest zaniness zany zap zapped zapper zapping
zeal zealot zealous zealousness zebra zebu zed zen zenith zenned zephyr zeppelin zero zeroes zeroth
zest zestful zeta zigzag zigzagged zigzagging zilch zillion zinc zincked zincking zing zinger
zinnia zip zipped zipper zippier zippiest zipping zippy zircon zirconium zit zither zodiac zodiacal
zombi zombie zonal zone zonked zoo zoological zoologist zoology zoom zorch zucchini zwieback zygote
"""

COMMON_WORDS: frozenset[str] = frozenset(_WORDS.split())


def is_common_word(word: str) -> bool:
    """Whether a (folded, lower-case) word is an ordinary English word or an inflection of one.

    Stems keep three letters at least, and "-es" goes only after a sibilant, so that names
    such as "Dulles" are not read as "dull" + "es".
    """
    if word in COMMON_WORDS:
        return True
    stems = []
    if word.endswith("s"):
        stems.append(word[:-1])
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        stems.append(word[:-2])
    if word.endswith(("ies", "ied")):
        stems.append(word[:-3] + "y")
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1]]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    if word.endswith("ly"):
        stems.append(word[:-2])
    return any(len(s) >= 3 and s in COMMON_WORDS for s in stems)
